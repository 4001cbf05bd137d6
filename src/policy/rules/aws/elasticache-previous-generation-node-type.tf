resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "redis"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  # expect: aws-elasticache-previous-generation-node-type
  node_type = "cache.r4.large"
}

resource "aws_elasticache_cluster" "fragments" {
  cluster_id      = "page-fragments"
  engine          = "memcached"
  num_cache_nodes = 2
  # expect: aws-elasticache-previous-generation-node-type
  node_type = "cache.m3.medium"
}

resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "carts"
  description                = "Carts"
  engine                     = "redis"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
