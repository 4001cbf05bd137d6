resource "aws_cloudwatch_log_group" "search_audit" {
  name              = "/aws/opensearch/product-search/audit"
  retention_in_days = 365
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "product-search"
  engine_version = "OpenSearch_2.13"

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_audit.arn
  }
}

# expect: aws-opensearch-audit-logs-disabled
resource "aws_opensearch_domain" "logs" {
  domain_name    = "app-logs"
  engine_version = "OpenSearch_2.13"

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:111122223333:log-group:/aws/opensearch/app-logs"
  }
}

resource "aws_opensearch_domain" "audit" {
  domain_name    = "audit"
  engine_version = "OpenSearch_2.13"

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_audit.arn
    # expect: aws-opensearch-audit-logs-disabled
    enabled = false
  }
}
