# expect: aws-rds-enhanced-monitoring-disabled
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
  monitoring_interval = 30
  monitoring_role_arn = "arn:aws:iam::111122223333:role/rds-monitoring"
}

resource "aws_rds_cluster_instance" "catalog" {
  identifier         = "catalog-1"
  cluster_identifier = "catalog"
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
  # expect: aws-rds-enhanced-monitoring-disabled
  monitoring_interval = 0
}
