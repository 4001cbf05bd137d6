resource "aws_ebs_encryption_by_default" "this" {
  # expect: aws-ebs-encryption-by-default-disabled
  enabled = true
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

resource "aws_ebs_encryption_by_default" "eu" {
  provider = aws.eu
  enabled  = true
}
