resource "aws_secretsmanager_secret" "db" {
  name = "prod/orders/db-credentials"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:SecretsManagerRDSPostgreSQLRotationSingleUser"

  rotation_rules {
    # expect: aws-secretsmanager-rotation-interval-long
    automatically_after_days = 90
  }
}

resource "aws_secretsmanager_secret" "reporting" {
  name = "prod/reporting/db-credentials"
}

resource "aws_secretsmanager_secret_rotation" "reporting" {
  secret_id           = aws_secretsmanager_secret.reporting.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:SecretsManagerRDSPostgreSQLRotationSingleUser"

  rotation_rules {
    # expect: aws-secretsmanager-rotation-interval-long
    schedule_expression = "rate(120 days)"
  }
}

resource "aws_secretsmanager_secret" "api" {
  name = "prod/api/db-credentials"
}

resource "aws_secretsmanager_secret_rotation" "api" {
  secret_id           = aws_secretsmanager_secret.api.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:SecretsManagerRDSPostgreSQLRotationSingleUser"

  rotation_rules {
    automatically_after_days = 30
  }
}
