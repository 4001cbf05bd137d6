# expect: aws-api-gateway-stage-xray-disabled
resource "aws_api_gateway_stage" "staging" {
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "staging"
}

resource "aws_api_gateway_stage" "perf" {
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "perf"
  # expect: aws-api-gateway-stage-xray-disabled
  xray_tracing_enabled = false # load tests
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "dep123"
  stage_name           = "prod"
  xray_tracing_enabled = true
}
