variable "stripe_key" {
  type    = string
  default = "sk_live_51Hc2exampleexampleexample"
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_lambda_function" "checkout" {
  function_name = "checkout"
  role          = "arn:aws:iam::123456789012:role/checkout"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "checkout.zip"

  environment {
    # expect: aws-lambda-environment-secret
    variables = {
      STRIPE_API_KEY = var.stripe_key
      DB_PASSWORD    = var.db_password
      LOG_LEVEL      = "info"
    }
  }
}

resource "aws_lambda_function" "reports" {
  function_name = "reports"
  role          = "arn:aws:iam::123456789012:role/reports"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "reports.zip"

  environment {
    variables = {
      DB_PASSWORD_SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:reports-db-AbCdEf"
      API_TOKEN_PARAM        = "/reports/api-token"
      TOKEN_TTL              = "3600"
    }
  }
}

resource "aws_lambda_function" "legacy" {
  function_name = "legacy-sync"
  role          = "arn:aws:iam::123456789012:role/legacy"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "legacy.zip"

  environment {
    # expect: aws-lambda-environment-secret
    variables = {
      SFTP_PASSWORD = "Winter2024!"
    }
  }
}
