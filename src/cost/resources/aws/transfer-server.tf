provider "aws" {
  region = "us-east-1"
}

resource "aws_transfer_server" "partners" {
  identity_provider_type = "SERVICE_MANAGED"
}

resource "aws_transfer_server" "legacy" {
  identity_provider_type = "API_GATEWAY"
  url                    = "https://abc123.execute-api.us-east-1.amazonaws.com/prod"
  invocation_role        = "arn:aws:iam::123456789012:role/transfer-idp"
  endpoint_type          = "VPC"
  protocols              = ["SFTP", "FTPS"]
  certificate            = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d"

  endpoint_details {
    subnet_ids = ["subnet-0a1b2c3d"]
    vpc_id     = "vpc-0a1b2c3d"
  }
}
