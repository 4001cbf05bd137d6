provider "aws" {
  region = "eu-west-1"
}

resource "aws_kms_key" "data" {
  description             = "Application data"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_kms_key" "signing" {
  description              = "Release signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}

resource "aws_kms_key" "legacy_rsa" {
  description              = "Envelope encryption for a partner"
  key_usage                = "ENCRYPT_DECRYPT"
  customer_master_key_spec = "RSA_2048"
}

resource "aws_kms_key" "global" {
  description         = "Replicated to the DR region"
  multi_region        = true
  enable_key_rotation = true
}

data "aws_ssm_parameter" "spec" {
  name = "/kms/key-spec"
}

resource "aws_kms_key" "configurable" {
  description              = "Spec chosen elsewhere"
  customer_master_key_spec = data.aws_ssm_parameter.spec.value
}
