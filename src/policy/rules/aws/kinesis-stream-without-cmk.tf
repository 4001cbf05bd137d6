# expect: aws-kinesis-stream-without-cmk
resource "aws_kinesis_stream" "clicks" {
  name             = "clicks"
  retention_period = 24

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_kinesis_stream" "orders" {
  name            = "orders"
  encryption_type = "KMS"
  # expect: aws-kinesis-stream-without-cmk
  kms_key_id = "alias/aws/kinesis"

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_kms_key" "streams" {
  description         = "Kinesis streams"
  enable_key_rotation = true
}

resource "aws_kinesis_stream" "payments" {
  name            = "payments"
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.streams.arn

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}
