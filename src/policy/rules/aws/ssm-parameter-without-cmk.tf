# expect: aws-ssm-parameter-without-cmk
resource "aws_ssm_parameter" "stripe" {
  name  = "/payments/prod/stripe-key"
  type  = "SecureString"
  value = var.stripe_key
}

resource "aws_kms_key" "params" {
  description         = "Application parameters"
  enable_key_rotation = true
}

resource "aws_ssm_parameter" "password" {
  name   = "/orders/prod/db-password"
  type   = "SecureString"
  key_id = aws_kms_key.params.arn
  value  = var.db_password
}

resource "aws_ssm_parameter" "endpoint" {
  name  = "/orders/prod/db-endpoint"
  type  = "String"
  value = "orders.cluster-abc123.us-east-1.rds.amazonaws.com"
}

variable "stripe_key" {
  type      = string
  sensitive = true
}

variable "db_password" {
  type      = string
  sensitive = true
}
