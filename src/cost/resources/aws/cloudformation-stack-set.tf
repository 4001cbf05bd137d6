provider "aws" {
  region = "eu-west-1"
}

resource "aws_cloudformation_stack_set" "guardrails" {
  name             = "guardrails"
  permission_model = "SERVICE_MANAGED"

  auto_deployment {
    enabled = true
  }

  template_url = "https://example-templates.s3.amazonaws.com/guardrails.yaml"
}
