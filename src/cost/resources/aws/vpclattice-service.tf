provider "aws" {
  region = "us-west-2"
}

resource "aws_vpclattice_service" "payments" {
  name      = "payments"
  auth_type = "AWS_IAM"
}

resource "aws_vpclattice_service" "inventory" {
  name = "inventory"
}
