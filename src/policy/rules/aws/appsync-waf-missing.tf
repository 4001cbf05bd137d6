# expect: aws-appsync-waf-missing
resource "aws_appsync_graphql_api" "catalog" {
  name                = "catalog"
  authentication_type = "API_KEY"
}

resource "aws_appsync_graphql_api" "orders" {
  name                = "orders"
  authentication_type = "AWS_IAM"
}

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

resource "aws_wafv2_web_acl_association" "orders" {
  resource_arn = aws_appsync_graphql_api.orders.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}
