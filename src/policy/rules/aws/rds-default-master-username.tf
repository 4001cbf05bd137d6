resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  # expect: aws-rds-default-master-username
  username = "postgres"
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger"
  engine            = "mysql"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  username          = "ledger_owner"
}

variable "catalog_master_user" {
  type    = string
  default = "Admin"
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "aurora-mysql"
  # expect: aws-rds-default-master-username
  master_username    = var.catalog_master_user
}
