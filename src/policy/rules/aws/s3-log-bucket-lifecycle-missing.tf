# expect: aws-s3-log-bucket-lifecycle-missing
resource "aws_s3_bucket" "alb_logs" {
  bucket = "acme-prod-alb-logs"
}

resource "aws_s3_bucket" "trail_logs" {
  bucket = "acme-org-cloudtrail-logs"
}

resource "aws_s3_bucket_lifecycle_configuration" "trail_logs" {
  bucket = aws_s3_bucket.trail_logs.id

  rule {
    id     = "archive"
    status = "Enabled"

    filter {}

    transition {
      days          = 90
      storage_class = "GLACIER_IR"
    }

    expiration {
      days = 730
    }
  }
}

# expect: aws-s3-log-bucket-lifecycle-missing
resource "aws_s3_bucket" "vpc" {
  bucket_prefix = "acme-network-"

  tags = {
    Purpose = "flow-logs"
  }
}

resource "aws_s3_bucket" "catalog" {
  bucket = "acme-product-catalog"
}
