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
