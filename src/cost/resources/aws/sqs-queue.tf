provider "aws" {
  region = "eu-west-1"
}

resource "aws_sqs_queue" "jobs" {
  name                       = "jobs"
  visibility_timeout_seconds = 120
  message_retention_seconds  = 345600
}

resource "aws_sqs_queue" "jobs_dlq" {
  name = "jobs-dlq"
}

resource "aws_sqs_queue" "orders" {
  name                        = "orders.fifo"
  fifo_queue                  = true
  content_based_deduplication = true
}

resource "aws_sqs_queue" "events" {
  name = "events"
}

data "aws_ssm_parameter" "queue_mode" {
  name = "/app/queue-fifo"
}

resource "aws_sqs_queue" "configurable" {
  name       = "configurable"
  fifo_queue = data.aws_ssm_parameter.queue_mode.value
}
