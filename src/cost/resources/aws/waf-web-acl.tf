provider "aws" {
  region = "us-east-1"
}

resource "aws_waf_web_acl" "site" {
  name        = "site"
  metric_name = "site"

  default_action {
    type = "ALLOW"
  }

  rules {
    action {
      type = "BLOCK"
    }
    priority = 1
    rule_id  = "0a1b2c3d-bad-ips"
    type     = "REGULAR"
  }

  rules {
    action {
      type = "BLOCK"
    }
    priority = 2
    rule_id  = "4e5f6a7b-rate"
    type     = "RATE_BASED"
  }

  rules {
    override_action {
      type = "NONE"
    }
    priority = 3
    rule_id  = "8c9d0e1f-group"
    type     = "GROUP"
  }
}
