provider "aws" {
  region = "us-east-1"
}

resource "aws_elasticache_cluster" "sessions" {
  cluster_id      = "sessions"
  engine          = "memcached"
  node_type       = "cache.m6g.large"
  num_cache_nodes = 3
}

resource "aws_elasticache_cluster" "cache" {
  cluster_id      = "cache"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "valkey" {
  cluster_id      = "valkey"
  engine          = "valkey"
  node_type       = "cache.r7g.large"
  num_cache_nodes = 1
}

resource "aws_elasticache_replication_group" "main" {
  replication_group_id = "main"
  description          = "main"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 2
}

# joins the replication group above: priced there
resource "aws_elasticache_cluster" "replica" {
  cluster_id           = "main-extra"
  replication_group_id = aws_elasticache_replication_group.main.id
}

variable "node_type" {
  type = string
}

resource "aws_elasticache_cluster" "sized_by_variable" {
  cluster_id      = "sized"
  engine          = "redis"
  node_type       = var.node_type
  num_cache_nodes = 1
}
