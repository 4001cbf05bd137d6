# expect: aws-elasticache-snapshots-disabled
resource "aws_elasticache_replication_group" "queues" {
  replication_group_id = "queues"
  description          = "job queues"
  node_type            = "cache.r7g.large"
  snapshot_retention_limit = 7
}

resource "aws_elasticache_replication_group" "leaderboard" {
  replication_group_id     = "leaderboard"
  description              = "game leaderboard"
  node_type                = "cache.r7g.large"
  snapshot_retention_limit = 5
  snapshot_window          = "03:00-04:00"
}

resource "aws_elasticache_cluster" "sessions" {
  cluster_id      = "sessions"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
  # expect: aws-elasticache-snapshots-disabled
  snapshot_retention_limit = 7
}

resource "aws_elasticache_cluster" "pages" {
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}

resource "aws_elasticache_cluster" "leaderboard_reader" {
  cluster_id           = "leaderboard-reader"
  replication_group_id = aws_elasticache_replication_group.leaderboard.id
}

# cache.t1.micro nodes cannot take snapshots
resource "aws_elasticache_cluster" "legacy_tokens" {
  cluster_id      = "legacy-tokens"
  engine          = "redis"
  node_type       = "cache.t1.micro"
  num_cache_nodes = 1
}
