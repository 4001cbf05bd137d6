provider "aws" {
  region = "us-east-1"
}

resource "aws_fms_policy" "waf_baseline" {
  name                  = "waf-baseline"
  exclude_resource_tags = false
  remediation_enabled   = true
  resource_type         = "AWS::ElasticLoadBalancingV2::LoadBalancer"

  security_service_policy_data {
    type = "WAFV2"
    managed_service_data = jsonencode({
      type                 = "WAFV2"
      defaultAction        = { type = "ALLOW" }
      overrideCustomerWebACLAssociation = false
      preProcessRuleGroups = []
      postProcessRuleGroups = []
    })
  }
}
