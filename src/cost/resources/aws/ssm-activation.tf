provider "aws" {
  region = "us-east-1"
}

resource "aws_ssm_activation" "datacenter" {
  name               = "datacenter"
  iam_role           = "arn:aws:iam::123456789012:role/ssm-hybrid"
  registration_limit = 1500
}

resource "aws_ssm_activation" "lab" {
  name               = "lab"
  iam_role           = "arn:aws:iam::123456789012:role/ssm-hybrid"
  registration_limit = 20
}
