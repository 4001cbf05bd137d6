resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier  = "warehouse"
  database_name       = "analytics"
  master_username     = "admin"
  master_password     = var.redshift_password
  cluster_type        = "multi-node"
  number_of_nodes     = 4
  encrypted           = true
  skip_final_snapshot = false
  # expect: aws-redshift-previous-generation-node-type
  node_type = "ds2.xlarge"
}

resource "aws_redshift_cluster" "marts" {
  cluster_identifier  = "marts"
  database_name       = "marts"
  master_username     = "admin"
  master_password     = var.redshift_password
  node_type           = "ra3.xlplus"
  cluster_type        = "multi-node"
  number_of_nodes     = 2
  encrypted           = true
  skip_final_snapshot = false
}

variable "redshift_password" {
  type      = string
  sensitive = true
}

resource "aws_redshift_cluster" "reporting" {
  cluster_identifier  = "reporting"
  database_name       = "reporting"
  master_username     = "admin"
  master_password     = var.redshift_password
  cluster_type        = "multi-node"
  number_of_nodes     = 2
  encrypted           = true
  skip_final_snapshot = false
  # expect: aws-redshift-previous-generation-node-type
  node_type = "dc1.large"
}
