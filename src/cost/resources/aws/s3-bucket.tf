provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

# logs move to Standard-IA after 30 days and to Glacier Flexible Retrieval after 90
resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id

  rule {
    id     = "archive"
    status = "Enabled"

    filter {}

    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }

    transition {
      days          = 90
      storage_class = "GLACIER"
    }
  }
}

# data lake objects move to Intelligent-Tiering
resource "aws_s3_bucket" "lake" {
  bucket = "example-lake"
}

resource "aws_s3_bucket_lifecycle_configuration" "lake" {
  bucket = aws_s3_bucket.lake.bucket

  rule {
    id     = "tiering"
    status = "Enabled"

    filter {}

    transition {
      days          = 0
      storage_class = "INTELLIGENT_TIERING"
    }
  }

  rule {
    id     = "disabled-deep-archive"
    status = "Disabled"

    filter {}

    transition {
      days          = 365
      storage_class = "DEEP_ARCHIVE"
    }
  }
}
