resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  # expect: aws-rds-performance-insights-aws-managed-key
  performance_insights_enabled = true
}

resource "aws_db_instance" "ledger" {
  identifier                      = "ledger"
  engine                          = "postgres"
  instance_class                  = "db.m6g.large"
  allocated_storage               = 100
  performance_insights_enabled    = true
  performance_insights_kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_rds_cluster_instance" "catalog" {
  identifier         = "catalog-1"
  cluster_identifier = "catalog"
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
  # expect: aws-rds-performance-insights-aws-managed-key
  performance_insights_enabled = true
}

resource "aws_db_instance" "scratch" {
  identifier        = "scratch"
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
}

resource "aws_rds_cluster_instance" "reports" {
  cluster_identifier = "reports"
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
  # expect: aws-rds-performance-insights-aws-managed-key
  performance_insights_enabled    = true
  performance_insights_kms_key_id = ""
}
