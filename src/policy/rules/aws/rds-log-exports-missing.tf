# expect: aws-rds-log-exports-missing
resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
}

resource "aws_db_instance" "ledger" {
  identifier                      = "ledger"
  engine                          = "mysql"
  instance_class                  = "db.m6g.large"
  allocated_storage               = 100
  enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"]
}

resource "aws_db_instance" "erp" {
  identifier        = "erp"
  engine            = "oracle-ee"
  instance_class    = "db.m6i.xlarge"
  allocated_storage = 500
  # expect: aws-rds-log-exports-missing
  enabled_cloudwatch_logs_exports = []
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "aurora-mysql"
  master_username    = "catalog_admin"
  # expect: aws-rds-log-exports-missing
  enabled_cloudwatch_logs_exports = []
}
