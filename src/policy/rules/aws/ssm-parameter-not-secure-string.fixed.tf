resource "aws_ssm_parameter" "endpoint" {
  name  = "/orders/prod/db-endpoint"
  # expect: aws-ssm-parameter-not-secure-string
  type  = "SecureString"
  value = aws_rds_cluster.orders.endpoint
}

resource "aws_ssm_parameter" "password" {
  name  = "/orders/prod/db-password"
  type  = "SecureString"
  value = var.db_password
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  master_username             = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
}
