resource "aws_redshift_subnet_group" "warehouse" {
  name       = "warehouse"
  subnet_ids = ["subnet-0a1b2c3d4e5f60718", "subnet-0b2c3d4e5f6071829"]
}

# expect: aws-redshift-cluster-without-subnet-group
resource "aws_redshift_cluster" "sandbox" {
  cluster_identifier     = "sandbox"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "sandbox_admin"
  manage_master_password = true
  encrypted              = true
}

resource "aws_redshift_cluster" "analytics" {
  cluster_identifier        = "analytics"
  node_type                 = "ra3.xlplus"
  number_of_nodes           = 2
  master_username           = "analytics_admin"
  manage_master_password    = true
  encrypted                 = true
  cluster_subnet_group_name = aws_redshift_subnet_group.warehouse.name
}
