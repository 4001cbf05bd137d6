provider "aws" {
  region = "ap-northeast-1"
}

resource "aws_sfn_state_machine" "order_flow" {
  name     = "order-flow"
  role_arn = "arn:aws:iam::123456789012:role/sfn"
  definition = jsonencode({
    StartAt = "Charge"
    States = {
      Charge = { Type = "Task", Resource = "arn:aws:lambda:ap-northeast-1:123456789012:function:charge", End = true }
    }
  })
}

resource "aws_sfn_state_machine" "ingest" {
  name     = "ingest"
  type     = "EXPRESS"
  role_arn = "arn:aws:iam::123456789012:role/sfn"
  definition = jsonencode({
    StartAt = "Transform"
    States = {
      Transform = { Type = "Pass", End = true }
    }
  })
}

resource "aws_sfn_state_machine" "nightly" {
  name     = "nightly"
  type     = "STANDARD"
  role_arn = "arn:aws:iam::123456789012:role/sfn"
  definition = jsonencode({
    StartAt = "Wait"
    States = {
      Wait = { Type = "Wait", Seconds = 60, End = true }
    }
  })
}
