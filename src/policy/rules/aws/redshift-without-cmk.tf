resource "aws_kms_key" "warehouse" {
  description         = "Redshift warehouse"
  enable_key_rotation = true
}

# expect: aws-redshift-without-cmk
resource "aws_redshift_cluster" "analytics" {
  cluster_identifier        = "analytics"
  node_type                 = "ra3.xlplus"
  number_of_nodes           = 2
  master_username           = "analytics_admin"
  manage_master_password    = true
  encrypted                 = true
  cluster_subnet_group_name = "warehouse"
}

resource "aws_redshift_cluster" "finance" {
  cluster_identifier        = "finance"
  node_type                 = "ra3.xlplus"
  number_of_nodes           = 2
  master_username           = "finance_admin"
  manage_master_password    = true
  encrypted                 = true
  kms_key_id                = aws_kms_key.warehouse.arn
  cluster_subnet_group_name = "warehouse"
}
