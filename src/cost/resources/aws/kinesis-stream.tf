provider "aws" {
  region = "us-east-1"
}

resource "aws_kinesis_stream" "clicks" {
  name             = "clicks"
  shard_count      = 4
  retention_period = 24
}

# a week of replay: extended retention on every shard
resource "aws_kinesis_stream" "audit" {
  name             = "audit"
  shard_count      = 2
  retention_period = 168

  stream_mode_details {
    stream_mode = "PROVISIONED"
  }
}

resource "aws_kinesis_stream" "archive" {
  name             = "archive"
  shard_count      = 1
  retention_period = 720
}

resource "aws_kinesis_stream" "telemetry" {
  name = "telemetry"

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

data "aws_ssm_parameter" "shards" {
  name = "/streams/shard-count"
}

resource "aws_kinesis_stream" "sized_by_caller" {
  name        = "sized-by-caller"
  shard_count = data.aws_ssm_parameter.shards.value
}
