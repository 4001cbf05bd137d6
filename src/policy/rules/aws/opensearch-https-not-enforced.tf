# expect: aws-opensearch-https-not-enforced
resource "aws_opensearch_domain" "logs" {
  domain_name    = "app-logs"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "product-search"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    # expect: aws-opensearch-https-not-enforced
    enforce_https       = false
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_opensearch_domain" "audit" {
  domain_name    = "audit"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
