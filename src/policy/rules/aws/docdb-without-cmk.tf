resource "aws_kms_key" "docdb" {
  description         = "DocumentDB clusters"
  enable_key_rotation = true
}

# expect: aws-docdb-without-cmk
resource "aws_docdb_cluster" "profiles" {
  cluster_identifier = "profiles"
  engine             = "docdb"
  master_username    = "profiles_owner"
  storage_encrypted  = true
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "docdb"
  master_username    = "orders_owner"
  storage_encrypted  = true
  kms_key_id         = aws_kms_key.docdb.arn
}
