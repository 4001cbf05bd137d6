# expect: aws-sagemaker-notebook-without-cmk
resource "aws_sagemaker_notebook_instance" "scratch" {
  name          = "scratch"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
}

resource "aws_kms_key" "sagemaker" {
  description         = "SageMaker notebooks"
  enable_key_rotation = true
}

resource "aws_sagemaker_notebook_instance" "research" {
  name          = "research"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
  kms_key_id    = aws_kms_key.sagemaker.arn
}
