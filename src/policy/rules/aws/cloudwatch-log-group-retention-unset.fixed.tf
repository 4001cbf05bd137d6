# expect: aws-cloudwatch-log-group-retention-unset
resource "aws_cloudwatch_log_group" "api" {
  name = "/ecs/api"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "audit" {
  name = "/audit/trail"
  # expect: aws-cloudwatch-log-group-retention-unset
  retention_in_days = 365 # never expire
}

resource "aws_cloudwatch_log_group" "worker" {
  name              = "/ecs/worker"
  retention_in_days = 30
}
