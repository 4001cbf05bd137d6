provider "aws" {
  region = "eu-west-1"
}

resource "aws_lambda_function" "checkout" {
  function_name = "checkout"
  role          = "arn:aws:iam::123456789012:role/lambda"
  runtime       = "java21"
  handler       = "app.Handler"
  filename      = "checkout.zip"
  memory_size   = 2048
  publish       = true
}

resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.checkout.function_name
  function_version = aws_lambda_function.checkout.version
}

resource "aws_lambda_provisioned_concurrency_config" "checkout" {
  function_name                     = aws_lambda_function.checkout.function_name
  provisioned_concurrent_executions = 10
  qualifier                         = aws_lambda_alias.live.name
}

resource "aws_lambda_function" "search" {
  function_name = "search"
  role          = "arn:aws:iam::123456789012:role/lambda"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "search.zip"
  memory_size   = 512
  architectures = ["arm64"]
  publish       = true
}

resource "aws_lambda_provisioned_concurrency_config" "search" {
  function_name                     = aws_lambda_function.search.arn
  provisioned_concurrent_executions = 4
  qualifier                         = aws_lambda_function.search.version
}

resource "aws_lambda_provisioned_concurrency_config" "external" {
  function_name                     = "owned-by-another-stack"
  provisioned_concurrent_executions = 2
  qualifier                         = "live"
}
