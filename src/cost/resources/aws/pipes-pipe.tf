provider "aws" {
  region = "us-east-1"
}

resource "aws_pipes_pipe" "orders_to_sfn" {
  name     = "orders-to-sfn"
  role_arn = "arn:aws:iam::123456789012:role/pipes"
  source   = "arn:aws:sqs:us-east-1:123456789012:orders"
  target   = "arn:aws:states:us-east-1:123456789012:stateMachine:orders"
}
