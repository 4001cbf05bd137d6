# expect: aws-sfn-tracing-disabled
resource "aws_sfn_state_machine" "nightly" {
  name       = "nightly-export"
  role_arn   = "arn:aws:iam::123456789012:role/sfn-nightly"
  definition = jsonencode({ StartAt = "Export", States = { Export = { Type = "Pass", End = true } } })
}

resource "aws_sfn_state_machine" "orders" {
  name       = "orders"
  role_arn   = "arn:aws:iam::123456789012:role/sfn-orders"
  definition = jsonencode({ StartAt = "Charge", States = { Charge = { Type = "Pass", End = true } } })

  tracing_configuration {
    enabled = true
  }
}
