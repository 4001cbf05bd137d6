provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

resource "aws_kms_key" "global" {
  description         = "Replicated to the DR region"
  multi_region        = true
  enable_key_rotation = true
}

resource "aws_kms_replica_key" "global_dr" {
  provider        = aws.dr
  description     = "DR replica"
  primary_key_arn = aws_kms_key.global.arn
}

resource "aws_kms_key" "signing" {
  description              = "Release signing"
  multi_region             = true
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "RSA_4096"
}

resource "aws_kms_replica_key" "signing_dr" {
  provider        = aws.dr
  primary_key_arn = aws_kms_key.signing.arn
}
