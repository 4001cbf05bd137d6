resource "aws_s3_bucket" "site" {
  bucket = "acme-marketing-site"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket = aws_s3_bucket.site.id

  block_public_acls       = true
  # expect: aws-s3-public-policy-not-blocked
  block_public_policy     = false # the site used to be served from S3 directly
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# expect: aws-s3-public-policy-not-blocked
resource "aws_s3_bucket_public_access_block" "partial" {
  bucket = "acme-partner-drop"

  block_public_acls       = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_public_access_block" "locked" {
  bucket = "acme-ledger"

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

variable "allow_public_access" {
  type    = bool
  default = false
}

resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  # expect: aws-s3-public-policy-not-blocked
  block_public_policy     = var.allow_public_access
  ignore_public_acls      = true
  restrict_public_buckets = true
}
