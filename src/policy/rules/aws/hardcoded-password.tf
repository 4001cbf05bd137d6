resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  engine_version    = "16.4"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "orders_admin"
  # expect: aws-hardcoded-password
  password = "Sup3r-Secret-2024"
}

variable "cache_token" {
  type      = string
  sensitive = true
  default   = "a-very-long-redis-auth-token-123"
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  # expect: aws-hardcoded-password
  auth_token = var.cache_token
}

resource "random_password" "reporting" {
  length  = 32
  special = false
}

resource "aws_rds_cluster" "reporting" {
  cluster_identifier = "reporting"
  engine             = "aurora-postgresql"
  master_username    = "reporting_admin"
  master_password    = random_password.reporting.result
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics_admin"
  manage_master_user_password = true
}

resource "aws_mq_broker" "events" {
  broker_name        = "events"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"

  user {
    username = "events"
    # expect: aws-hardcoded-password
    password = "rabbit-password-1"
  }
}

resource "aws_ssm_parameter" "feature_flags" {
  name  = "/app/feature-flags"
  type  = "String"
  value = "checkout_v2=true"
}
