resource "aws_config_configuration_aggregator" "security" {
  name = "security"

  account_aggregation_source {
    account_ids = ["111122223333", "444455556666"]
    # expect: aws-config-aggregator-not-all-regions
    regions = ["us-east-1", "eu-west-1"]
  }
}

resource "aws_config_configuration_aggregator" "organization" {
  name = "organization"

  organization_aggregation_source {
    role_arn    = "arn:aws:iam::111122223333:role/config-aggregator"
    all_regions = true
  }
}
