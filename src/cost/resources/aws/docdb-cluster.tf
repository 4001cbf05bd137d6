provider "aws" {
  region = "us-east-1"
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "docdb"
  master_username    = "catalog"
  master_password    = "change-me-please"
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "docdb"
  storage_type       = "iopt1"
  master_username    = "orders"
  master_password    = "change-me-please"
}
