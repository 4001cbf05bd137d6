provider "aws" {
  region = "us-east-1"
}

resource "aws_ssm_parameter" "db_host" {
  name  = "/app/db-host"
  type  = "String"
  value = "db.internal.example.com"
}

resource "aws_ssm_parameter" "certificate_bundle" {
  name  = "/app/certificate-bundle"
  type  = "SecureString"
  tier  = "Advanced"
  value = "-----BEGIN CERTIFICATE-----"
}

resource "aws_ssm_parameter" "feature_flags" {
  name  = "/app/feature-flags"
  type  = "String"
  tier  = "Intelligent-Tiering"
  value = "{}"
}
