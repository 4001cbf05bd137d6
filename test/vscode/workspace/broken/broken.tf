# Two syntax errors in separate blocks: the parser must report both and keep the rest of the file.
resource "aws_s3_bucket" "logs" {
  bucket = "kensa-logs"
  acl    =
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket = aws_s3_bucket.logs.id
  tags   = { Name = "logs 📦" Owner = "ops" }
}
