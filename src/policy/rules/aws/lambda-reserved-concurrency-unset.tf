# expect: aws-lambda-reserved-concurrency-unset
resource "aws_lambda_function" "thumbnails" {
  function_name = "thumbnails"
  role          = "arn:aws:iam::123456789012:role/thumbnails"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "thumbnails.zip"
}

resource "aws_lambda_function" "exports" {
  function_name = "exports"
  role          = "arn:aws:iam::123456789012:role/exports"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "exports.zip"
  # expect: aws-lambda-reserved-concurrency-unset
  reserved_concurrent_executions = -1
}

resource "aws_lambda_function" "webhooks" {
  function_name                  = "webhooks"
  role                           = "arn:aws:iam::123456789012:role/webhooks"
  handler                        = "app.handler"
  runtime                        = "python3.13"
  filename                       = "webhooks.zip"
  reserved_concurrent_executions = 50
}
