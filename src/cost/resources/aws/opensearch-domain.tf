provider "aws" {
  region = "us-east-1"
}

resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type            = "r6g.large.search"
    instance_count           = 3
    dedicated_master_enabled = true
    dedicated_master_type    = "m6g.large.search"
    dedicated_master_count   = 3
    zone_awareness_enabled   = true
  }

  ebs_options {
    ebs_enabled = true
    volume_type = "gp3"
    volume_size = 100
  }
}

resource "aws_opensearch_domain" "small" {
  domain_name = "small"

  cluster_config {
    instance_type = "t3.small.search"
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 10
  }
}

variable "data_nodes" {
  type = number
}

resource "aws_opensearch_domain" "scaled_by_variable" {
  domain_name = "scaled"

  cluster_config {
    instance_type  = "m5.large.search"
    instance_count = var.data_nodes
  }
}
