# expect: aws-elasticache-auth-missing
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "web sessions"
  node_type                  = "cache.r7g.large"
  transit_encryption_enabled = true
}

variable "carts_auth_token" {
  type      = string
  sensitive = true
}

resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "carts"
  description                = "shopping carts"
  node_type                  = "cache.r7g.large"
  transit_encryption_enabled = true
  auth_token                 = var.carts_auth_token
}

resource "aws_elasticache_replication_group" "rate_limits" {
  replication_group_id       = "rate-limits"
  description                = "API rate limits"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  user_group_ids             = ["api-users"]
}

resource "aws_elasticache_replication_group" "legacy" {
  replication_group_id = "legacy"
  description          = "legacy cache without TLS"
  node_type            = "cache.t4g.small"
}
