resource "aws_elasticache_cluster" "sessions" {
  cluster_id = "sessions"
  # expect: aws-elasticache-single-node
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "pages" {
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}

resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "carts"
  description                = "shopping carts"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}

resource "aws_elasticache_cluster" "carts_reader" {
  cluster_id           = "carts-reader"
  replication_group_id = aws_elasticache_replication_group.carts.id
}
