# expect: aws-docdb-log-exports-missing
resource "aws_docdb_cluster" "profiles" {
  cluster_identifier = "profiles"
  engine             = "docdb"
  master_username    = "profiles_owner"
  storage_encrypted  = true
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "docdb"
  master_username    = "catalog_owner"
  storage_encrypted  = true
  # expect: aws-docdb-log-exports-missing
  enabled_cloudwatch_logs_exports = [] # exports were switched off during a cost review
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier              = "orders"
  engine                          = "docdb"
  master_username                 = "orders_owner"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit"]
}
