# expect: aws-docdb-storage-unencrypted
resource "aws_docdb_cluster" "profiles" {
  cluster_identifier = "profiles"
  engine             = "docdb"
  master_username    = "profiles_owner"
  storage_encrypted = true
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "docdb"
  master_username    = "catalog_owner"
  # expect: aws-docdb-storage-unencrypted
  storage_encrypted = true
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "docdb"
  master_username    = "orders_owner"
  storage_encrypted  = true
}
