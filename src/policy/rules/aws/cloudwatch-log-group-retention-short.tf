resource "aws_cloudwatch_log_group" "api" {
  name = "/ecs/api"
  # expect: aws-cloudwatch-log-group-retention-short
  retention_in_days = 30
}

resource "aws_cloudwatch_log_group" "audit" {
  name              = "/audit/app"
  retention_in_days = 400
}
