resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

resource "aws_s3_bucket_ownership_controls" "reports" {
  bucket = aws_s3_bucket.reports.id

  rule {
    # expect: aws-s3-acls-enabled
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket" "cdn_logs" {
  bucket = "acme-cdn-logs"
}

resource "aws_s3_bucket_ownership_controls" "cdn_logs" {
  bucket = aws_s3_bucket.cdn_logs.id

  rule {
    # expect: aws-s3-acls-enabled
    object_ownership = "ObjectWriter"
  }
}

# CloudFront standard logging still delivers through this ACL
resource "aws_s3_bucket_acl" "cdn_logs" {
  bucket = aws_s3_bucket.cdn_logs.id
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = "acme-data-lake"

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
