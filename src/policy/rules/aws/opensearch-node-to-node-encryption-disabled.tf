# expect: aws-opensearch-node-to-node-encryption-disabled
resource "aws_opensearch_domain" "logs" {
  domain_name    = "app-logs"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "product-search"
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    # expect: aws-opensearch-node-to-node-encryption-disabled
    enabled = false
  }
}

resource "aws_opensearch_domain" "audit" {
  domain_name    = "audit"
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    enabled = true
  }
}
