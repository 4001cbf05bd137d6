# expect: aws-s3-encryption-without-cmk
resource "aws_s3_bucket" "cards" {
  bucket = "acme-card-exports"
}

resource "aws_s3_bucket" "claims" {
  bucket = "acme-claims"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "claims" {
  bucket = aws_s3_bucket.claims.id

  rule {
    apply_server_side_encryption_by_default {
      # expect: aws-s3-encryption-without-cmk
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_kms_key" "records" {
  description         = "Medical records bucket key"
  enable_key_rotation = true
}

resource "aws_s3_bucket" "records" {
  bucket = "acme-medical-records"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "records" {
  bucket = aws_s3_bucket.records.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.records.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket" "scans" {
  bucket = "acme-document-scans"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "scans" {
  bucket = aws_s3_bucket.scans.id

  rule {
    apply_server_side_encryption_by_default {
      # expect: aws-s3-encryption-without-cmk
      sse_algorithm = "aws:kms"
    }
  }
}

# targets of S3 server access logging can only use SSE-S3
resource "aws_s3_bucket" "access_logs" {
  bucket = "acme-s3-access-logs"
}

resource "aws_s3_bucket_logging" "records" {
  bucket        = aws_s3_bucket.records.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "records/"
}

resource "aws_s3_bucket" "legacy_logs" {
  bucket = "acme-legacy-logs"
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket" "delivered_logs" {
  bucket = "acme-delivered-logs"
}

resource "aws_s3_bucket_policy" "delivered_logs" {
  bucket = aws_s3_bucket.delivered_logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "logging.s3.amazonaws.com" }
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::acme-delivered-logs/*"
    }]
  })
}
