# expect: aws-redshift-publicly-accessible
resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  database_name      = "analytics"
  master_username    = "warehouse_owner"
  node_type          = "ra3.xlplus"
  encrypted          = true
}

resource "aws_redshift_cluster" "marketing" {
  cluster_identifier = "marketing"
  database_name      = "marketing"
  master_username    = "marketing_owner"
  node_type          = "ra3.xlplus"
  encrypted          = true
  # expect: aws-redshift-publicly-accessible
  publicly_accessible = true # for the agency's BI tool
}

resource "aws_redshift_cluster" "finance" {
  cluster_identifier  = "finance"
  database_name       = "finance"
  master_username     = "finance_owner"
  node_type           = "ra3.4xlarge"
  encrypted           = true
  publicly_accessible = false
}
