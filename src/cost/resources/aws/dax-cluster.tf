provider "aws" {
  region = "us-east-1"
}

resource "aws_dax_cluster" "catalog" {
  cluster_name       = "catalog"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 3
}

resource "aws_dax_cluster" "dev" {
  cluster_name       = "dev"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.t3.small"
  replication_factor = 1
}
