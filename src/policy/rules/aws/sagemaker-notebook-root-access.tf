# expect: aws-sagemaker-notebook-root-access
resource "aws_sagemaker_notebook_instance" "scratch" {
  name          = "scratch"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "shared" {
  name          = "shared"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
  # expect: aws-sagemaker-notebook-root-access
  root_access = "Enabled"
}

resource "aws_sagemaker_notebook_instance" "research" {
  name          = "research"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access   = "Disabled"
}
