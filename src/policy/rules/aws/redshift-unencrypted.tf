# expect: aws-redshift-unencrypted
resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier  = "warehouse"
  database_name       = "analytics"
  master_username     = "warehouse_owner"
  node_type           = "ra3.xlplus"
  number_of_nodes     = 2
  publicly_accessible = false
}

resource "aws_redshift_cluster" "marketing" {
  cluster_identifier  = "marketing"
  database_name       = "marketing"
  master_username     = "marketing_owner"
  node_type           = "ra3.xlplus"
  publicly_accessible = false
  # expect: aws-redshift-unencrypted
  encrypted = false
}

resource "aws_redshift_cluster" "finance" {
  cluster_identifier  = "finance"
  database_name       = "finance"
  master_username     = "finance_owner"
  node_type           = "ra3.4xlarge"
  publicly_accessible = false
  encrypted           = true
  kms_key_id          = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
