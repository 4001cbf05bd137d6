provider "aws" {
  region = "us-east-1"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/lambda"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "api.zip"
  memory_size   = 1024
  architectures = ["arm64"]
}

# 128 MB and x86_64 by default
resource "aws_lambda_function" "cron" {
  function_name = "cron"
  role          = "arn:aws:iam::123456789012:role/lambda"
  runtime       = "python3.12"
  handler       = "main.handler"
  filename      = "cron.zip"
}

resource "aws_lambda_function" "thumbnails" {
  function_name = "thumbnails"
  role          = "arn:aws:iam::123456789012:role/lambda"
  runtime       = "python3.12"
  handler       = "main.handler"
  filename      = "thumbnails.zip"
  memory_size   = 2048

  ephemeral_storage {
    size = 10240
  }
}

data "aws_ssm_parameter" "memory" {
  name = "/app/lambda-memory"
}

resource "aws_lambda_function" "tuned" {
  function_name = "tuned"
  role          = "arn:aws:iam::123456789012:role/lambda"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "tuned.zip"
  memory_size   = data.aws_ssm_parameter.memory.value
}
