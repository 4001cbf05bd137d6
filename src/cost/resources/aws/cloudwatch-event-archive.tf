provider "aws" {
  region = "eu-west-1"
}

resource "aws_cloudwatch_event_bus" "orders" {
  name = "orders"
}

resource "aws_cloudwatch_event_archive" "orders" {
  name             = "orders"
  event_source_arn = aws_cloudwatch_event_bus.orders.arn
  retention_days   = 30
}
