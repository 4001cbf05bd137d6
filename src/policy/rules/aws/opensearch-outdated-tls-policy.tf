resource "aws_opensearch_domain" "search" {
  domain_name    = "product-search"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https = true
    # expect: aws-opensearch-outdated-tls-policy
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07" # legacy Java client
  }
}

resource "aws_opensearch_domain" "audit" {
  domain_name    = "audit"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy-search"
  elasticsearch_version = "7.10"

  domain_endpoint_options {
    enforce_https = true
    # expect: aws-opensearch-outdated-tls-policy
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}
