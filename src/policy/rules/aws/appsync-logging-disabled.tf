resource "aws_iam_role" "appsync_logs" {
  name = "appsync-logs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "appsync.amazonaws.com" } }]
  })
}

# expect: aws-appsync-logging-disabled
resource "aws_appsync_graphql_api" "catalog" {
  name                = "catalog"
  authentication_type = "AMAZON_COGNITO_USER_POOLS"
}

resource "aws_appsync_graphql_api" "orders" {
  name                = "orders"
  authentication_type = "AWS_IAM"

  log_config {
    cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
    field_log_level          = "ERROR"
  }
}
