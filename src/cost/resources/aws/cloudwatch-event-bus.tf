provider "aws" {
  region = "eu-west-1"
}

resource "aws_cloudwatch_event_bus" "orders" {
  name = "orders"
}

resource "aws_cloudwatch_event_bus" "audit" {
  name = "audit"
}
