resource "aws_lambda_function" "billing" {
  function_name = "billing"
  role          = "arn:aws:iam::123456789012:role/billing"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "billing.zip"

  # expect: aws-lambda-environment-without-cmk
  environment {
    variables = {
      STAGE = "prod"
    }
  }
}

resource "aws_kms_key" "lambda" {
  description         = "Lambda environment variables"
  enable_key_rotation = true
}

resource "aws_lambda_function" "invoices" {
  function_name = "invoices"
  role          = "arn:aws:iam::123456789012:role/invoices"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "invoices.zip"
  kms_key_arn   = aws_kms_key.lambda.arn

  environment {
    variables = {
      STAGE = "prod"
    }
  }
}

resource "aws_lambda_function" "ping" {
  function_name = "ping"
  role          = "arn:aws:iam::123456789012:role/ping"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "ping.zip"
}
