resource "aws_kms_key" "aurora" {
  description         = "Aurora clusters"
  enable_key_rotation = true
}

# expect: aws-rds-cluster-without-cmk
resource "aws_rds_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "aurora-postgresql"
  engine_version              = "16.4"
  master_username             = "catalog_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "aurora-postgresql"
  engine_version              = "16.4"
  master_username             = "ledger_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  # expect: aws-rds-cluster-without-cmk
  kms_key_id = "" # left empty by a module default
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  engine_version              = "16.4"
  master_username             = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.aurora.arn
}
