resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain_policy" "logs" {
  domain_name = aws_opensearch_domain.logs.domain_name
  # expect: aws-opensearch-access-policy-public
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "arn:aws:es:us-east-1:123456789012:domain/logs/*"
    }]
  })
}

# Anyone, but from the office range only
resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:ESHttpGet"
      Resource  = "arn:aws:es:us-east-1:123456789012:domain/search/*"
      Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
    }]
  })
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"
  # expect: aws-opensearch-access-policy-public
  access_policies = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": "*",
    "Action": "es:ESHttpGet",
    "Resource": "arn:aws:es:us-east-1:123456789012:domain/legacy/*"
  }]
}
POLICY
}

data "aws_iam_policy_document" "search_app" {
  statement {
    actions   = ["es:ESHttpGet", "es:ESHttpPost"]
    resources = ["arn:aws:es:us-east-1:123456789012:domain/search/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/search-app"]
    }
  }
}

resource "aws_opensearch_domain_policy" "search_app" {
  domain_name     = aws_opensearch_domain.search.domain_name
  access_policies = data.aws_iam_policy_document.search_app.json
}
