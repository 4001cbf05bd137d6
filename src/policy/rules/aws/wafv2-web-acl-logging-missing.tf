# expect: aws-wafv2-web-acl-logging-missing
resource "aws_wafv2_web_acl" "internal" {
  name  = "internal"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "internal"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "public" {
  name  = "public"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "public"
    sampled_requests_enabled   = true
  }
}

resource "aws_cloudwatch_log_group" "waf" {
  name              = "aws-waf-logs-public"
  retention_in_days = 90
}

resource "aws_wafv2_web_acl_logging_configuration" "public" {
  resource_arn            = aws_wafv2_web_acl.public.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
}
