# expect: aws-rds-deletion-protection-disabled
resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
}

resource "aws_db_instance" "ledger" {
  identifier          = "ledger"
  engine              = "postgres"
  instance_class      = "db.m6g.large"
  allocated_storage   = 100
  deletion_protection = true
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "aurora-postgresql"
  master_username    = "catalog_admin"
  # expect: aws-rds-deletion-protection-disabled
  deletion_protection = false
}

resource "aws_rds_cluster_instance" "catalog" {
  identifier         = "catalog-1"
  cluster_identifier = aws_rds_cluster.catalog.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
}
