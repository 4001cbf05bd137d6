resource "aws_db_instance" "legacy" {
  identifier          = "billing-legacy"
  engine              = "postgres"
  engine_version      = "16.4"
  allocated_storage   = 100
  username            = "billing"
  password            = var.db_password
  storage_encrypted   = true
  skip_final_snapshot = false
  # expect: aws-rds-previous-generation-instance-class
  instance_class = "db.m4.large"
}

resource "aws_rds_cluster_instance" "reader" {
  identifier         = "orders-reader"
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  # expect: aws-rds-previous-generation-instance-class
  instance_class = "db.r4.large"
}

resource "aws_db_instance" "current" {
  identifier          = "billing"
  engine              = "postgres"
  engine_version      = "16.4"
  instance_class      = "db.m6g.large"
  allocated_storage   = 100
  username            = "billing"
  password            = var.db_password
  storage_encrypted   = true
  skip_final_snapshot = false
}

variable "db_password" {
  type      = string
  sensitive = true
}
