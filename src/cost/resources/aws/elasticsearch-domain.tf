provider "aws" {
  region = "eu-west-1"
}

resource "aws_elasticsearch_domain" "search" {
  domain_name           = "search"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_type            = "m5.large.elasticsearch"
    instance_count           = 2
    dedicated_master_enabled = true
    dedicated_master_type    = "c5.large.elasticsearch"
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 50
  }
}

data "aws_ssm_parameter" "search_type" {
  name = "/platform/search-instance-type"
}

resource "aws_elasticsearch_domain" "typed_elsewhere" {
  domain_name = "typed"

  cluster_config {
    instance_type = data.aws_ssm_parameter.search_type.value
  }
}
