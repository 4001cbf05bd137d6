provider "aws" {
  region = "us-east-1"
}

# a fan-out topic: queues and a function subscribe (free deliveries), a webhook and an on-call inbox (paid)
resource "aws_sns_topic" "orders" {
  name = "orders"
}

resource "aws_sqs_queue" "billing" {
  name = "billing"
}

resource "aws_sns_topic_subscription" "billing" {
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.billing.arn
}

resource "aws_sns_topic_subscription" "audit" {
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "lambda"
  endpoint  = "arn:aws:lambda:us-east-1:123456789012:function:audit"
}

resource "aws_sns_topic_subscription" "partner" {
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "https"
  endpoint  = "https://partner.example.com/hooks/orders"
}

resource "aws_sns_topic_subscription" "oncall" {
  topic_arn = "arn:aws:sns:us-east-1:123456789012:alerts"
  protocol  = "email"
  endpoint  = "oncall@example.com"
}

resource "aws_sns_topic_subscription" "oncall_sms" {
  topic_arn = "arn:aws:sns:us-east-1:123456789012:alerts"
  protocol  = "sms"
  endpoint  = "+15555550100"
}

# subscriptions by a configured ARN
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

# no subscriptions in this configuration: the paid protocols are shown
resource "aws_sns_topic" "notifications" {
  name = "notifications"
}

resource "aws_sns_topic" "ledger" {
  name       = "ledger.fifo"
  fifo_topic = true
}
