resource "aws_db_instance" "legacy_cms" {
  identifier        = "legacy-cms"
  engine            = "mysql"
  # expect: aws-rds-extended-support-charges
  engine_version    = "8.0.39"
  instance_class    = "db.r6g.2xlarge"
  allocated_storage = 500
}

resource "aws_db_instance" "reports" {
  identifier               = "reports"
  engine                   = "postgres"
  engine_version           = "12.22"
  instance_class           = "db.m6g.large"
  allocated_storage        = 100
  engine_lifecycle_support = "open-source-rds-extended-support-disabled"
}

resource "aws_db_instance" "wiki" {
  identifier        = "wiki"
  engine            = "postgres"
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

resource "aws_rds_cluster" "catalog" {
  cluster_identifier       = "catalog"
  engine                   = "aurora-postgresql"
  # expect: aws-rds-extended-support-charges
  engine_version           = "11.21"
  engine_lifecycle_support = "open-source-rds-extended-support"
  master_username          = "catalog_admin"
}
