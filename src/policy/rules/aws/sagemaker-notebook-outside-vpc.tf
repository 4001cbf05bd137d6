# expect: aws-sagemaker-notebook-outside-vpc
resource "aws_sagemaker_notebook_instance" "scratch" {
  name          = "scratch"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d4e5f60001"
  security_groups        = ["sg-0123456789abcdef0"]
  direct_internet_access = "Disabled"
}
