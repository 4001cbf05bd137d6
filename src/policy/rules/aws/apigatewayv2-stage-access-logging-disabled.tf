# expect: aws-apigatewayv2-stage-access-logging-disabled
resource "aws_apigatewayv2_stage" "default" {
  api_id      = "x1y2z3"
  name        = "$default"
  auto_deploy = true
}

resource "aws_apigatewayv2_stage" "live" {
  api_id      = "x1y2z3"
  name        = "live"
  auto_deploy = true

  access_log_settings {
    destination_arn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/apigateway/live"
    format          = jsonencode({ requestId = "$context.requestId", routeKey = "$context.routeKey", status = "$context.status" })
  }
}
