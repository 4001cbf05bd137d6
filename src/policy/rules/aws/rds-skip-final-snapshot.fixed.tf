resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  # expect: aws-rds-skip-final-snapshot
  skip_final_snapshot = false
  final_snapshot_identifier = "orders-final"
}

resource "aws_db_instance" "ledger" {
  identifier                = "ledger"
  engine                    = "postgres"
  instance_class            = "db.m6g.large"
  allocated_storage         = 100
  skip_final_snapshot       = false
  final_snapshot_identifier = "ledger-final"
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "aurora-postgresql"
  master_username    = "catalog_admin"
  # expect: aws-rds-skip-final-snapshot
  skip_final_snapshot = false # set while prototyping
  final_snapshot_identifier = "catalog-final"
}
