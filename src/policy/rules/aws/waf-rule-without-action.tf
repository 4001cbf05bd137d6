resource "aws_wafv2_rule_group" "api_limits" {
  name     = "api-limits"
  scope    = "REGIONAL"
  capacity = 50

  # expect: aws-waf-rule-without-action
  rule {
    name     = "block-bad-bots"
    priority = 1

    action {}

    statement {
      byte_match_statement {
        search_string         = "BadBot"
        positional_constraint = "CONTAINS"

        field_to_match {
          single_header {
            name = "user-agent"
          }
        }

        text_transformation {
          priority = 0
          type     = "NONE"
        }
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "block-bad-bots"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "api-limits"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_rule_group" "login_limits" {
  name     = "login-limits"
  scope    = "REGIONAL"
  capacity = 50

  rule {
    name     = "rate-limit-login"
    priority = 1

    action {
      block {}
    }

    statement {
      rate_based_statement {
        limit              = 300
        aggregate_key_type = "IP"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "rate-limit-login"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "login-limits"
    sampled_requests_enabled   = true
  }
}
