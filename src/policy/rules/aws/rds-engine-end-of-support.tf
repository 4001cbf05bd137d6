resource "aws_db_instance" "legacy_cms" {
  identifier        = "legacy-cms"
  engine            = "mysql"
  # expect: aws-rds-engine-end-of-support
  engine_version    = "5.7.44"
  instance_class    = "db.m5.large"
  allocated_storage = 100
}

resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  # expect: aws-rds-engine-end-of-support
  engine_version    = "13.15"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
}

resource "aws_db_instance" "wiki" {
  identifier        = "wiki"
  engine            = "postgres"
  # expect: aws-rds-engine-end-of-support
  engine_version    = "9.6.24"
  instance_class    = "db.t3.medium"
  allocated_storage = 20
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger"
  engine            = "postgres"
  engine_version    = "16.4"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
}

resource "aws_db_instance" "sessions" {
  identifier        = "sessions"
  engine            = "mysql"
  engine_version    = "8.4"
  instance_class    = "db.m6g.large"
  allocated_storage = 50
}

variable "catalog_engine_version" {
  type    = string
  default = "5.7.mysql_aurora.2.11.2"
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "aurora-mysql"
  # expect: aws-rds-engine-end-of-support
  engine_version     = var.catalog_engine_version
  master_username    = "catalog_admin"
}

resource "aws_rds_cluster" "search" {
  cluster_identifier = "search"
  engine             = "aurora-postgresql"
  engine_version     = "15.7"
  master_username    = "search_admin"
}
