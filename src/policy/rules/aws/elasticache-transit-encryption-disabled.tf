# expect: aws-elasticache-transit-encryption-disabled
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "web sessions"
  node_type            = "cache.r7g.large"
  user_group_ids       = ["sessions-users"]
}

resource "aws_elasticache_replication_group" "rate_limits" {
  replication_group_id = "rate-limits"
  description          = "API rate limits"
  node_type            = "cache.t4g.small"
  user_group_ids       = ["api-users"]
  # expect: aws-elasticache-transit-encryption-disabled
  transit_encryption_enabled = false # the client library had no TLS support
}

resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "carts"
  description                = "shopping carts"
  node_type                  = "cache.r7g.large"
  transit_encryption_enabled = true
  user_group_ids             = ["carts-users"]
}
