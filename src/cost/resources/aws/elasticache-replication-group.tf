provider "aws" {
  region = "eu-west-1"
}

# primary and one replica, cluster mode disabled
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
}

# cluster mode: 3 shards x (1 primary + 2 replicas) = 9 nodes
resource "aws_elasticache_replication_group" "events" {
  replication_group_id    = "events"
  description             = "events"
  engine                  = "valkey"
  node_type               = "cache.m7g.xlarge"
  num_node_groups         = 3
  replicas_per_node_group = 2
}

resource "aws_elasticache_replication_group" "minimal" {
  replication_group_id = "minimal"
  description          = "single node"
  node_type            = "cache.t4g.micro"
}

variable "shards" {
  type = number
}

resource "aws_elasticache_replication_group" "sharded_by_variable" {
  replication_group_id    = "sharded"
  description             = "sharded"
  node_type               = "cache.r6g.large"
  num_node_groups         = var.shards
  replicas_per_node_group = 1
}
