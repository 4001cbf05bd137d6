resource "aws_lambda_function" "thumbnails" {
  function_name = "thumbnails"
  role          = "arn:aws:iam::123456789012:role/thumbnails"
  handler       = "app.handler"
  filename      = "thumbnails.zip"
  # expect: aws-lambda-deprecated-runtime
  runtime = "python3.13" # pinned for Pillow 8
}

resource "aws_lambda_function" "webhook" {
  function_name = "webhook"
  role          = "arn:aws:iam::123456789012:role/webhook"
  handler       = "index.handler"
  filename      = "webhook.zip"
  # expect: aws-lambda-deprecated-runtime
  runtime = "nodejs22.x"
}

resource "aws_lambda_function" "legacy_go" {
  function_name = "legacy-go"
  role          = "arn:aws:iam::123456789012:role/legacy"
  handler       = "main"
  filename      = "legacy.zip"
  # expect: aws-lambda-deprecated-runtime
  runtime = "go1.x"
}

variable "runtime" {
  default = "java8"
}

resource "aws_lambda_function" "billing" {
  function_name = "billing"
  role          = "arn:aws:iam::123456789012:role/billing"
  handler       = "com.example.Handler::handleRequest"
  filename      = "billing.jar"
  # expect: aws-lambda-deprecated-runtime
  runtime = var.runtime
}

resource "aws_lambda_function" "current" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "app.handler"
  filename      = "orders.zip"
  runtime       = "python3.13"
}

resource "aws_lambda_function" "container" {
  function_name = "renderer"
  role          = "arn:aws:iam::123456789012:role/renderer"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/renderer:1.4.2"
}
