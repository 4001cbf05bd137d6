resource "aws_appsync_graphql_api" "catalog" {
  name                = "catalog"
  authentication_type = "AWS_IAM"
}

# expect: aws-appsync-cache-unencrypted-in-transit
resource "aws_appsync_api_cache" "catalog" {
  api_id                     = aws_appsync_graphql_api.catalog.id
  api_caching_behavior       = "FULL_REQUEST_CACHING"
  type                       = "SMALL"
  ttl                        = 300
  at_rest_encryption_enabled = true
}

resource "aws_appsync_graphql_api" "orders" {
  name                = "orders"
  authentication_type = "AWS_IAM"
}

resource "aws_appsync_api_cache" "orders" {
  api_id                     = aws_appsync_graphql_api.orders.id
  api_caching_behavior       = "PER_RESOLVER_CACHING"
  type                       = "SMALL"
  ttl                        = 60
  # expect: aws-appsync-cache-unencrypted-in-transit
  transit_encryption_enabled = false
  at_rest_encryption_enabled = true
}

resource "aws_appsync_graphql_api" "search" {
  name                = "search"
  authentication_type = "AWS_IAM"
}

resource "aws_appsync_api_cache" "search" {
  api_id                     = aws_appsync_graphql_api.search.id
  api_caching_behavior       = "FULL_REQUEST_CACHING"
  type                       = "MEDIUM"
  ttl                        = 120
  transit_encryption_enabled = true
  at_rest_encryption_enabled = true
}
