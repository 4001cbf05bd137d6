provider "aws" {
  region = "us-east-1"
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.4xlarge"
  number_of_nodes    = 2
  cluster_type       = "multi-node"
  master_username    = "admin"
  master_password    = "Change-me-please1"
}

resource "aws_redshift_cluster" "legacy" {
  cluster_identifier = "legacy"
  node_type          = "dc2.large"
  cluster_type       = "single-node"
  master_username    = "admin"
  master_password    = "Change-me-please1"
}

variable "nodes" {
  type = number
}

resource "aws_redshift_cluster" "scaled_by_variable" {
  cluster_identifier = "scaled"
  node_type          = "ra3.xlplus"
  number_of_nodes    = var.nodes
  master_username    = "admin"
  master_password    = "Change-me-please1"
}
