# expect: aws-firehose-without-cmk
resource "aws_kinesis_firehose_delivery_stream" "clicks" {
  name        = "clickstream"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::analytics-raw"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "waf" {
  name        = "aws-waf-logs-prod"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::waf-logs"
  }

  # expect: aws-firehose-without-cmk
  server_side_encryption {
    enabled = true
  }
}

resource "aws_kms_key" "firehose" {
  description         = "Firehose buffers"
  enable_key_rotation = true
}

resource "aws_kinesis_firehose_delivery_stream" "audit" {
  name        = "audit"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::audit-archive"
  }

  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.firehose.arn
  }
}
