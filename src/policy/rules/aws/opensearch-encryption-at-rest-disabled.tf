# expect: aws-opensearch-encryption-at-rest-disabled
resource "aws_opensearch_domain" "logs" {
  domain_name    = "app-logs"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type = "r6g.large.search"
  }
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "product-search"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    # expect: aws-opensearch-encryption-at-rest-disabled
    enabled = false
  }
}

resource "aws_opensearch_domain" "audit" {
  domain_name    = "audit"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = true
  }
}

# expect: aws-opensearch-encryption-at-rest-disabled
resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy-search"
  elasticsearch_version = "7.10"
}
