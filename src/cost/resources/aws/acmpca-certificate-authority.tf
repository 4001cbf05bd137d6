provider "aws" {
  region = "us-east-1"
}

resource "aws_acmpca_certificate_authority" "internal" {
  certificate_authority_configuration {
    key_algorithm     = "RSA_4096"
    signing_algorithm = "SHA512WITHRSA"

    subject {
      common_name = "internal.example.com"
    }
  }
}

resource "aws_acmpca_certificate_authority" "workloads" {
  type       = "SUBORDINATE"
  usage_mode = "SHORT_LIVED_CERTIFICATE"

  certificate_authority_configuration {
    key_algorithm     = "EC_prime256v1"
    signing_algorithm = "SHA256WITHECDSA"

    subject {
      common_name = "workloads.example.com"
    }
  }
}

resource "aws_acmpca_certificate_authority" "devices" {
  certificate_authority_configuration {
    key_algorithm     = "RSA_2048"
    signing_algorithm = "SHA256WITHRSA"

    subject {
      common_name = "devices.example.com"
    }
  }
}
