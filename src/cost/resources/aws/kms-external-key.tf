provider "aws" {
  region = "us-east-2"
}

resource "aws_kms_external_key" "byok" {
  description = "key material from the on-premises HSM"
}

resource "aws_kms_external_key" "archive" {
  description             = "archive"
  deletion_window_in_days = 30
}
