provider "aws" {
  region = "eu-west-1"
}

resource "aws_wafregional_web_acl" "api" {
  name        = "api"
  metric_name = "api"

  default_action {
    type = "ALLOW"
  }

  rule {
    action {
      type = "BLOCK"
    }
    priority = 1
    rule_id  = "0a1b2c3d-sqli"
  }

  rule {
    action {
      type = "COUNT"
    }
    priority = 2
    rule_id  = "4e5f6a7b-xss"
  }
}

resource "aws_wafregional_web_acl" "empty" {
  name        = "empty"
  metric_name = "empty"

  default_action {
    type = "ALLOW"
  }
}
