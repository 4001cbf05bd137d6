resource "aws_transfer_server" "legacy" {
  identity_provider_type = "API_GATEWAY"
  url                    = "https://abc123.execute-api.us-east-1.amazonaws.com/prod"
  invocation_role        = "arn:aws:iam::123456789012:role/transfer-idp"
  endpoint_type          = "VPC"
  # expect: aws-transfer-server-ftp-enabled
  protocols = ["SFTP"]

  endpoint_details {
    vpc_id             = "vpc-0123456789abcdef0"
    subnet_ids         = ["subnet-0a1b2c3d4e5f60001"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_transfer_server" "partners" {
  identity_provider_type = "SERVICE_MANAGED"
  protocols              = ["SFTP"]
}
