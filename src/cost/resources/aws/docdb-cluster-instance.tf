provider "aws" {
  region = "us-east-1"
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  master_username    = "catalog"
  master_password    = "change-me-please"
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier = "orders"
  storage_type       = "iopt1"
  master_username    = "orders"
  master_password    = "change-me-please"
}

resource "aws_docdb_cluster_instance" "catalog" {
  count              = 3
  identifier         = "catalog-${count.index}"
  cluster_identifier = aws_docdb_cluster.catalog.id
  instance_class     = "db.r6g.large"
}

resource "aws_docdb_cluster_instance" "orders" {
  identifier         = "orders-0"
  cluster_identifier = aws_docdb_cluster.orders.id
  instance_class     = "db.r6g.large"
}

resource "aws_docdb_cluster_instance" "dev" {
  identifier         = "dev-0"
  cluster_identifier = "shared-dev"
  instance_class     = "db.t4g.medium"
}

variable "instance_class" {
  type = string
}

resource "aws_docdb_cluster_instance" "sized_by_variable" {
  identifier         = "sized-0"
  cluster_identifier = aws_docdb_cluster.catalog.id
  instance_class     = var.instance_class
}
