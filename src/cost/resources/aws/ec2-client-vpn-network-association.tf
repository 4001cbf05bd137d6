provider "aws" {
  region = "us-east-1"
}

resource "aws_ec2_client_vpn_endpoint" "staff" {
  description            = "staff"
  server_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d"
  client_cidr_block      = "10.100.0.0/16"

  authentication_options {
    type                       = "certificate-authentication"
    root_certificate_chain_arn = "arn:aws:acm:us-east-1:123456789012:certificate/4e5f6a7b"
  }

  connection_log_options {
    enabled = false
  }
}

resource "aws_ec2_client_vpn_network_association" "a" {
  client_vpn_endpoint_id = aws_ec2_client_vpn_endpoint.staff.id
  subnet_id              = "subnet-0a1b2c3d"
}

resource "aws_ec2_client_vpn_network_association" "b" {
  client_vpn_endpoint_id = aws_ec2_client_vpn_endpoint.staff.id
  subnet_id              = "subnet-4e5f6a7b"
}

# not associated with any subnet yet: connection hours only
resource "aws_ec2_client_vpn_endpoint" "lab" {
  description            = "lab"
  server_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d"
  client_cidr_block      = "10.200.0.0/16"

  authentication_options {
    type                       = "certificate-authentication"
    root_certificate_chain_arn = "arn:aws:acm:us-east-1:123456789012:certificate/4e5f6a7b"
  }

  connection_log_options {
    enabled = false
  }
}
