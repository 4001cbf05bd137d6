# expect: aws-lambda-outside-vpc
resource "aws_lambda_function" "reports" {
  function_name = "reports"
  role          = "arn:aws:iam::123456789012:role/reports"
  handler       = "app.handler"
  runtime       = "nodejs22.x"
  filename      = "reports.zip"
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "app.handler"
  runtime       = "nodejs22.x"
  filename      = "orders.zip"

  vpc_config {
    subnet_ids         = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}
