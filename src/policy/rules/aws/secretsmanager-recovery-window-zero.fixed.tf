resource "aws_secretsmanager_secret" "partner" {
  name = "prod/partners/acme-api-key"
  # expect: aws-secretsmanager-recovery-window-zero
  recovery_window_in_days = 30 # lets us recreate it under the same name
}

resource "aws_secretsmanager_secret" "db" {
  name                    = "prod/orders/db-credentials"
  recovery_window_in_days = 14
}
