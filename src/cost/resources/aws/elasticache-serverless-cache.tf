provider "aws" {
  region = "us-east-1"
}

resource "aws_elasticache_serverless_cache" "sessions" {
  name   = "sessions"
  engine = "valkey"

  cache_usage_limits {
    data_storage {
      maximum = 10
      unit    = "GB"
    }
  }
}

resource "aws_elasticache_serverless_cache" "catalog" {
  name   = "catalog"
  engine = "redis"
}
