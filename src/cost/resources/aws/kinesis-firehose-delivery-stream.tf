provider "aws" {
  region = "eu-central-1"
}

resource "aws_kinesis_firehose_delivery_stream" "logs_to_s3" {
  name        = "logs-to-s3"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::example-logs"
  }
}

resource "aws_kinesis_stream" "clicks" {
  name        = "clicks"
  shard_count = 2
}

resource "aws_kinesis_firehose_delivery_stream" "clicks_to_s3" {
  name        = "clicks-to-s3"
  destination = "extended_s3"

  kinesis_source_configuration {
    kinesis_stream_arn = aws_kinesis_stream.clicks.arn
    role_arn           = "arn:aws:iam::123456789012:role/firehose"
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::example-clicks"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "metrics" {
  name        = "metrics"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::example-metrics"
  }
}
