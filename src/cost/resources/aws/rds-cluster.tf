provider "aws" {
  region = "eu-west-1"
}

# Aurora Standard: storage and I/O requests are billed as used
resource "aws_rds_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  engine_version     = "16.4"
  master_username    = "orders"
  master_password    = "change-me-please"
}

# Aurora I/O-Optimized: no I/O charge, a higher storage rate
resource "aws_rds_cluster" "ledger" {
  cluster_identifier = "ledger"
  engine             = "aurora-mysql"
  engine_version     = "8.0.mysql_aurora.3.07.1"
  storage_type       = "aurora-iopt1"
  master_username    = "ledger"
  master_password    = "change-me-please"
}

# Aurora Serverless v2: capacity as average ACUs
resource "aws_rds_cluster" "api" {
  cluster_identifier = "api"
  engine             = "aurora-postgresql"
  engine_version     = "16.4"
  master_username    = "api"
  master_password    = "change-me-please"

  serverlessv2_scaling_configuration {
    min_capacity = 0.5
    max_capacity = 16
  }
}

# A Multi-AZ DB cluster (one writer, two readable standbys)
resource "aws_rds_cluster" "multi_az" {
  cluster_identifier        = "multi-az"
  engine                    = "postgres"
  db_cluster_instance_class = "db.m5d.large"
  storage_type              = "io1"
  allocated_storage         = 100
  iops                      = 1000
  master_username           = "app"
  master_password           = "change-me-please"
}

variable "storage_type" {
  type = string
}

resource "aws_rds_cluster" "configurable" {
  cluster_identifier = "configurable"
  engine             = "aurora-mysql"
  storage_type       = var.storage_type
  master_username    = "app"
  master_password    = "change-me-please"
}
