resource "aws_ssm_parameter" "endpoint" {
  name  = "/orders/prod/db-endpoint"
  # expect: aws-ssm-parameter-not-secure-string
  type  = "String"
  value = "orders.cluster-abc123.us-east-1.rds.amazonaws.com"
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
