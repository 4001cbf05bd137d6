provider "aws" {
  region = "us-east-1"
}

resource "aws_scheduler_schedule" "poll" {
  name                = "poll"
  schedule_expression = "rate(1 minute)"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = "arn:aws:lambda:us-east-1:123456789012:function:poll"
    role_arn = "arn:aws:iam::123456789012:role/scheduler"
  }
}

resource "aws_scheduler_schedule" "fanout" {
  name                = "fanout"
  schedule_expression = "cron(0/5 * * * ? *)"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = "arn:aws:sqs:us-east-1:123456789012:fanout"
    role_arn = "arn:aws:iam::123456789012:role/scheduler"
  }
}
