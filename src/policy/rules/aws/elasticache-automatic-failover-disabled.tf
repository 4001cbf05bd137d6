# expect: aws-elasticache-automatic-failover-disabled
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "web sessions"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 3
}

resource "aws_elasticache_replication_group" "carts" {
  replication_group_id = "carts"
  description          = "shopping carts"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 2
  # expect: aws-elasticache-automatic-failover-disabled
  automatic_failover_enabled = false
}

resource "aws_elasticache_replication_group" "feed" {
  replication_group_id       = "feed"
  description                = "activity feed"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
}

resource "aws_elasticache_replication_group" "scratch" {
  replication_group_id = "scratch"
  description          = "single-node scratch cache"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 1
}
