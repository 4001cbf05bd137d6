resource "aws_kms_key" "logs" {
  description         = "CloudWatch Logs"
  enable_key_rotation = true
}

# expect: aws-cloudwatch-log-group-unencrypted
resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 30
}

resource "aws_cloudwatch_log_group" "payments" {
  name              = "/ecs/payments"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.logs.arn
}
