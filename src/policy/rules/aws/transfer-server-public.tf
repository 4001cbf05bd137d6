# expect: aws-transfer-server-public
resource "aws_transfer_server" "partners" {
  identity_provider_type = "SERVICE_MANAGED"
  protocols              = ["SFTP"]
}

resource "aws_transfer_server" "internal" {
  identity_provider_type = "SERVICE_MANAGED"
  protocols              = ["SFTP"]
  endpoint_type          = "VPC"

  endpoint_details {
    vpc_id             = "vpc-0123456789abcdef0"
    subnet_ids         = ["subnet-0a1b2c3d4e5f60001"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}
