# expect: aws-sagemaker-domain-without-cmk
resource "aws_sagemaker_domain" "analytics" {
  domain_name = "analytics"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0a1b2c3d4e5f60001"]

  default_user_settings {
    execution_role = "arn:aws:iam::123456789012:role/sagemaker"
  }
}

resource "aws_kms_key" "studio" {
  description         = "SageMaker Studio"
  enable_key_rotation = true
}

resource "aws_sagemaker_domain" "research" {
  domain_name = "research"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0a1b2c3d4e5f60001"]
  kms_key_id  = aws_kms_key.studio.arn

  default_user_settings {
    execution_role = "arn:aws:iam::123456789012:role/sagemaker"
  }
}
