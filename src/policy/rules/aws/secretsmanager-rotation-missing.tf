# expect: aws-secretsmanager-rotation-missing
resource "aws_secretsmanager_secret" "stripe" {
  name = "prod/payments/stripe-api-key"
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/orders/db-credentials"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:SecretsManagerRDSPostgreSQLRotationSingleUser"

  rotation_rules {
    automatically_after_days = 30
  }
}
