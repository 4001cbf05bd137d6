provider "aws" {
  region = "us-east-1"

  default_tags {
    tags = {
      Team = "checkout"
    }
  }
}

resource "aws_db_instance" "orders_dev" {
  identifier        = "orders-dev"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 20
  # expect: aws-rds-backup-retention-long
  backup_retention_period = 35 # copied from the prod module

  tags = {
    Environment = "dev"
  }
}

resource "aws_db_instance" "orders_prod" {
  identifier              = "orders-prod"
  engine                  = "postgres"
  instance_class          = "db.m6g.large"
  allocated_storage       = 100
  backup_retention_period = 35

  tags = {
    Environment = "production"
  }
}

resource "aws_db_instance" "orders_staging" {
  identifier              = "orders-staging"
  engine                  = "postgres"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 20
  backup_retention_period = 7

  tags = {
    Environment = "test"
  }
}

resource "aws_rds_cluster" "catalog_qa" {
  cluster_identifier = "catalog-qa"
  engine             = "aurora-postgresql"
  master_username    = "catalog_admin"
  # expect: aws-rds-backup-retention-long
  backup_retention_period = 21

  tags = {
    stage = "QA"
  }
}
