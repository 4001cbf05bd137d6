# expect: aws-elasticache-at-rest-encryption-disabled
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "web sessions"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "rate_limits" {
  replication_group_id = "rate-limits"
  description          = "API rate limits"
  node_type            = "cache.t4g.small"
  # expect: aws-elasticache-at-rest-encryption-disabled
  at_rest_encryption_enabled = false
}

resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "carts"
  description                = "shopping carts"
  node_type                  = "cache.r7g.large"
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "feature_flags" {
  replication_group_id = "feature-flags"
  description          = "feature flags"
  engine               = "valkey"
  node_type            = "cache.t4g.small"
}
