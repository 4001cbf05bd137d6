resource "aws_lambda_function_url" "preview" {
  function_name = "preview-renderer"
  # expect: aws-lambda-function-url-public
  authorization_type = "AWS_IAM"

  cors {
    allow_origins = ["https://preview.example.com"]
  }
}

resource "aws_lambda_function_url" "internal" {
  function_name      = "internal-api"
  authorization_type = "AWS_IAM"
}
