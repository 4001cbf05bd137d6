# expect: aws-rds-backup-retention-short
resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  backup_retention_period = 7
}

resource "aws_db_instance" "billing" {
  identifier        = "billing"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  # expect: aws-rds-backup-retention-short
  backup_retention_period = 7 # nightly exports cover the rest
}

resource "aws_db_instance" "ledger" {
  identifier              = "ledger"
  engine                  = "postgres"
  instance_class          = "db.m6g.large"
  allocated_storage       = 100
  backup_retention_period = 14
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "aurora-mysql"
  master_username    = "catalog_admin"
  # expect: aws-rds-backup-retention-short
  backup_retention_period = 7
}

resource "aws_rds_cluster" "search" {
  cluster_identifier      = "search"
  engine                  = "aurora-postgresql"
  master_username         = "search_admin"
  backup_retention_period = 7
}
