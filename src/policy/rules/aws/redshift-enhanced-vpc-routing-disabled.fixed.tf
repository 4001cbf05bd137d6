# expect: aws-redshift-enhanced-vpc-routing-disabled
resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier  = "warehouse"
  database_name       = "analytics"
  master_username     = "warehouse_owner"
  node_type           = "ra3.xlplus"
  encrypted           = true
  publicly_accessible = false
  enhanced_vpc_routing = true
}

resource "aws_redshift_cluster" "finance" {
  cluster_identifier   = "finance"
  database_name        = "finance"
  master_username      = "finance_owner"
  node_type            = "ra3.4xlarge"
  encrypted            = true
  publicly_accessible  = false
  enhanced_vpc_routing = true
}
