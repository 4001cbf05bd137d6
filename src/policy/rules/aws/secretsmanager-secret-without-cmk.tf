# expect: aws-secretsmanager-secret-without-cmk
resource "aws_secretsmanager_secret" "api" {
  name = "prod/api/signing-key"
}

resource "aws_kms_key" "secrets" {
  description         = "Application secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "db" {
  name       = "prod/orders/db-credentials"
  kms_key_id = aws_kms_key.secrets.arn
}
