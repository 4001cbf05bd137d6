# expect: aws-rds-iam-authentication-disabled
resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  iam_database_authentication_enabled = true
}

resource "aws_db_instance" "ledger" {
  identifier                          = "ledger"
  engine                              = "mysql"
  instance_class                      = "db.m6g.large"
  allocated_storage                   = 100
  iam_database_authentication_enabled = true
}

resource "aws_db_instance" "erp" {
  identifier        = "erp"
  engine            = "oracle-ee"
  instance_class    = "db.m6i.xlarge"
  allocated_storage = 500
  license_model     = "bring-your-own-license"
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "aurora-mysql"
  master_username    = "catalog_admin"
  # expect: aws-rds-iam-authentication-disabled
  iam_database_authentication_enabled = true
}
