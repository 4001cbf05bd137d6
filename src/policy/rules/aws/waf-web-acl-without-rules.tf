# expect: aws-waf-web-acl-without-rules
resource "aws_wafv2_web_acl" "placeholder" {
  name  = "placeholder"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "placeholder"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "api" {
  name  = "api"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "common"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "api"
    sampled_requests_enabled   = true
  }
}

# expect: aws-waf-web-acl-without-rules
resource "aws_waf_web_acl" "legacy" {
  name        = "legacy"
  metric_name = "legacy"

  default_action {
    type = "ALLOW"
  }
}
