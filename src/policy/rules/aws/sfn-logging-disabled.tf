resource "aws_cloudwatch_log_group" "orders" {
  name = "/aws/vendedlogs/states/orders"
}

# expect: aws-sfn-logging-disabled
resource "aws_sfn_state_machine" "nightly" {
  name       = "nightly-export"
  role_arn   = "arn:aws:iam::123456789012:role/sfn-nightly"
  definition = jsonencode({ StartAt = "Export", States = { Export = { Type = "Pass", End = true } } })
}

resource "aws_sfn_state_machine" "orders" {
  name       = "orders"
  role_arn   = "arn:aws:iam::123456789012:role/sfn-orders"
  definition = jsonencode({ StartAt = "Charge", States = { Charge = { Type = "Pass", End = true } } })

  logging_configuration {
    log_destination        = "${aws_cloudwatch_log_group.orders.arn}:*"
    level                  = "ERROR"
    include_execution_data = false
  }
}
