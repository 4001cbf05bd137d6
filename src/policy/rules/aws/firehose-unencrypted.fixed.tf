# expect: aws-firehose-unencrypted
resource "aws_kinesis_firehose_delivery_stream" "clicks" {
  name        = "clickstream"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::analytics-raw"
  }

  server_side_encryption {
    enabled = true
  }
}

resource "aws_kinesis_firehose_delivery_stream" "waf" {
  name        = "aws-waf-logs-prod"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::waf-logs"
  }

  server_side_encryption {
    # expect: aws-firehose-unencrypted
    enabled = true
  }
}

resource "aws_kinesis_firehose_delivery_stream" "audit" {
  name        = "audit"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::audit-archive"
  }

  server_side_encryption {
    enabled = true
  }
}

resource "aws_kinesis_firehose_delivery_stream" "from_stream" {
  name        = "orders-to-s3"
  destination = "extended_s3"

  kinesis_source_configuration {
    kinesis_stream_arn = "arn:aws:kinesis:us-east-1:123456789012:stream/orders"
    role_arn           = "arn:aws:iam::123456789012:role/firehose"
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::orders-archive"
  }
}
