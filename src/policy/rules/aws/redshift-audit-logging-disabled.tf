# expect: aws-redshift-audit-logging-disabled
resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier  = "warehouse"
  database_name       = "analytics"
  master_username     = "warehouse_owner"
  node_type           = "ra3.xlplus"
  encrypted           = true
  publicly_accessible = false
}

resource "aws_redshift_cluster" "finance" {
  cluster_identifier  = "finance"
  database_name       = "finance"
  master_username     = "finance_owner"
  node_type           = "ra3.4xlarge"
  encrypted           = true
  publicly_accessible = false
}

resource "aws_redshift_logging" "finance" {
  cluster_identifier   = aws_redshift_cluster.finance.cluster_identifier
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}

resource "aws_redshift_cluster" "marketing" {
  cluster_identifier  = "marketing"
  database_name       = "marketing"
  master_username     = "marketing_owner"
  node_type           = "ra3.xlplus"
  encrypted           = true
  publicly_accessible = false
}

resource "aws_redshift_logging" "marketing" {
  cluster_identifier   = "marketing"
  log_destination_type = "s3"
  bucket_name          = "acme-redshift-audit"
}
