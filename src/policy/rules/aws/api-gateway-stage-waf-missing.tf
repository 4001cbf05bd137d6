resource "aws_wafv2_web_acl" "api" {
  name  = "api"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "api"
    sampled_requests_enabled   = true
  }
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "dep123"
  stage_name           = "prod"
  xray_tracing_enabled = true
}

resource "aws_wafv2_web_acl_association" "prod" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}

# expect: aws-api-gateway-stage-waf-missing
resource "aws_api_gateway_stage" "staging" {
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "staging"
}
