# expect: aws-kinesis-stream-unencrypted
resource "aws_kinesis_stream" "clicks" {
  name             = "clicks"
  retention_period = 48

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_kinesis_stream" "audit" {
  name             = "audit"
  retention_period = 168
  # expect: aws-kinesis-stream-unencrypted
  encryption_type = "NONE"

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_kms_key" "orders_stream" {
  description         = "orders stream"
  enable_key_rotation = true
}

resource "aws_kinesis_stream" "orders" {
  name             = "orders"
  retention_period = 24
  encryption_type  = "KMS"
  kms_key_id       = aws_kms_key.orders_stream.arn

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}
