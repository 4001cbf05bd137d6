# expect: aws-lambda-tracing-disabled
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "orders.zip"
}

resource "aws_lambda_function" "payments" {
  function_name = "payments"
  role          = "arn:aws:iam::123456789012:role/payments"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "payments.zip"

  tracing_config {
    # expect: aws-lambda-tracing-disabled
    mode = "PassThrough"
  }
}

resource "aws_lambda_function" "traced" {
  function_name = "invoices"
  role          = "arn:aws:iam::123456789012:role/invoices"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "invoices.zip"

  tracing_config {
    mode = "Active"
  }
}
