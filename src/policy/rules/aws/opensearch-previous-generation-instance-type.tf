resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.17"

  cluster_config {
    instance_count           = 3
    dedicated_master_enabled = true
    dedicated_master_count   = 3
    # expect: aws-opensearch-previous-generation-instance-type
    instance_type = "r4.large.search"
    # expect: aws-opensearch-previous-generation-instance-type
    dedicated_master_type = "m4.large.search"
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 100
  }
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.17"

  cluster_config {
    instance_count = 2
    instance_type  = "r7g.large.search"
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 100
  }
}
