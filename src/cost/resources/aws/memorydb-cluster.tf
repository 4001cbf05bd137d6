provider "aws" {
  region = "us-east-1"
}

resource "aws_memorydb_cluster" "sessions" {
  name                   = "sessions"
  acl_name               = "open-access"
  node_type              = "db.r7g.large"
  num_shards             = 2
  num_replicas_per_shard = 1
}

resource "aws_memorydb_cluster" "cache" {
  name      = "cache"
  acl_name  = "open-access"
  engine    = "valkey"
  node_type = "db.r7g.large"
}

resource "aws_memorydb_cluster" "dev" {
  name                   = "dev"
  acl_name               = "open-access"
  node_type              = "db.t4g.small"
  num_replicas_per_shard = 0
}
