# expect: aws-lambda-code-signing-missing
resource "aws_lambda_function" "payments" {
  function_name = "payments"
  role          = "arn:aws:iam::123456789012:role/payments"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "payments.zip"
}

resource "aws_signer_signing_profile" "lambda" {
  platform_id = "AWSLambda-SHA384-ECDSA"
}

resource "aws_lambda_code_signing_config" "strict" {
  allowed_publishers {
    signing_profile_version_arns = [aws_signer_signing_profile.lambda.version_arn]
  }

  policies {
    untrusted_artifact_on_deployment = "Enforce"
  }
}

resource "aws_lambda_function" "refunds" {
  function_name           = "refunds"
  role                    = "arn:aws:iam::123456789012:role/refunds"
  handler                 = "app.handler"
  runtime                 = "python3.13"
  filename                = "refunds.zip"
  code_signing_config_arn = aws_lambda_code_signing_config.strict.arn
}

resource "aws_lambda_function" "ocr" {
  function_name = "ocr"
  role          = "arn:aws:iam::123456789012:role/ocr"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/ocr:1.4.0"
}
