resource "aws_lambda_function_url" "webhooks" {
  function_name      = "webhooks"
  authorization_type = "AWS_IAM"

  # expect: aws-lambda-function-url-cors-open
  cors {
    allow_origins = ["*"]
    allow_methods = ["*"]
    max_age       = 3600
  }
}

resource "aws_lambda_function_url" "status" {
  function_name      = "status"
  authorization_type = "AWS_IAM"

  cors {
    allow_origins = ["https://app.example-shop.com"]
    allow_methods = ["GET"]
  }
}
