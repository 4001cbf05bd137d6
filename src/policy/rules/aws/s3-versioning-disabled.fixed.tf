# expect: aws-s3-versioning-disabled
resource "aws_s3_bucket" "artifacts" {
  bucket = "acme-build-artifacts"
}

resource "aws_s3_bucket_versioning" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "state" {
  bucket = "acme-terraform-state"
}

resource "aws_s3_bucket_versioning" "state" {
  bucket = aws_s3_bucket.state.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "media" {
  bucket = "acme-media"
}

resource "aws_s3_bucket_versioning" "media" {
  bucket = aws_s3_bucket.media.id

  versioning_configuration {
    # expect: aws-s3-versioning-disabled
    status = "Enabled" # paused during the migration
  }
}

variable "versioning_status" {
  default = "Disabled"
}

resource "aws_s3_bucket" "scratch" {
  bucket = "acme-scratch"
}

resource "aws_s3_bucket_versioning" "scratch" {
  bucket = aws_s3_bucket.scratch.id

  versioning_configuration {
    # expect: aws-s3-versioning-disabled
    status = var.versioning_status
  }
}
