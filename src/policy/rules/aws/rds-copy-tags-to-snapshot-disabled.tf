# expect: aws-rds-copy-tags-to-snapshot-disabled
resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100

  tags = {
    Team = "checkout"
  }
}

resource "aws_db_instance" "ledger" {
  identifier            = "ledger"
  engine                = "postgres"
  instance_class        = "db.m6g.large"
  allocated_storage     = 100
  copy_tags_to_snapshot = true
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "aurora-postgresql"
  master_username    = "catalog_admin"
  # expect: aws-rds-copy-tags-to-snapshot-disabled
  copy_tags_to_snapshot = false
}
