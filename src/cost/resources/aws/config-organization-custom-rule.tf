provider "aws" {
  region = "us-east-1"
}

resource "aws_config_organization_custom_rule" "tagging" {
  name                = "tagging"
  lambda_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:check-tags"
  trigger_types       = ["ConfigurationItemChangeNotification"]
}
