resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  # expect: aws-rds-auto-minor-version-upgrade-disabled
  auto_minor_version_upgrade = true
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
}

resource "aws_rds_cluster_instance" "catalog" {
  identifier         = "catalog-1"
  cluster_identifier = "catalog"
  instance_class     = "db.r6g.large"
  engine             = "aurora-mysql"
  # expect: aws-rds-auto-minor-version-upgrade-disabled
  auto_minor_version_upgrade = true
}
