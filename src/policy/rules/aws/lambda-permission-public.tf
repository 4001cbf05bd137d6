resource "aws_lambda_permission" "anyone" {
  statement_id  = "AllowAnyone"
  action        = "lambda:InvokeFunction"
  function_name = "image-resizer"
  # expect: aws-lambda-permission-public
  principal = "*"
}

resource "aws_lambda_permission" "partner" {
  statement_id   = "AllowPartnerAccount"
  action         = "lambda:InvokeFunction"
  function_name  = "image-resizer"
  principal      = "*"
  source_account = "210987654321"
}

resource "aws_lambda_permission" "s3" {
  statement_id   = "AllowUploadsBucket"
  action         = "lambda:InvokeFunction"
  function_name  = "image-resizer"
  principal      = "s3.amazonaws.com"
  source_arn     = "arn:aws:s3:::uploads"
  source_account = "123456789012"
}
