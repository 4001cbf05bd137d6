# expect: aws-cloudtrail-bucket-access-logging-disabled
resource "aws_s3_bucket" "trail" {
  bucket = "acme-cloudtrail"
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = aws_s3_bucket.trail.id
}

resource "aws_s3_bucket" "access_logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket" "audit_trail" {
  bucket = "acme-audit-cloudtrail"
}

resource "aws_s3_bucket_logging" "audit_trail" {
  bucket        = aws_s3_bucket.audit_trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "cloudtrail/"
}

resource "aws_cloudtrail" "audit" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.audit_trail.id
}
