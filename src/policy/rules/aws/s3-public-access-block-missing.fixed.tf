# expect: aws-s3-public-access-block-missing
resource "aws_s3_bucket" "uploads" {
  bucket = "acme-prod-uploads"

  tags = {
    Team = "payments"
  }
}

resource "aws_s3_bucket_public_access_block" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "reports" {
  bucket = "acme-prod-reports"
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket = aws_s3_bucket.reports.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# matched by the bucket's name rather than a reference
resource "aws_s3_bucket" "exports" {
  bucket = "acme-prod-exports"
}

resource "aws_s3_bucket_public_access_block" "exports" {
  bucket = "acme-prod-exports"

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# expect: aws-s3-public-access-block-missing
resource "aws_s3_bucket" "tenant" {
  for_each = toset(["blue", "green"])
  bucket   = "acme-tenant-${each.key}"
}
