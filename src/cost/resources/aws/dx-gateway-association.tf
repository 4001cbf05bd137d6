provider "aws" {
  region = "us-east-1"
}

resource "aws_dx_gateway" "main" {
  name            = "main"
  amazon_side_asn = "64512"
}

resource "aws_ec2_transit_gateway" "hub" {
  description = "hub"
}

resource "aws_vpn_gateway" "legacy" {
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_dx_gateway_association" "hub" {
  dx_gateway_id         = aws_dx_gateway.main.id
  associated_gateway_id = aws_ec2_transit_gateway.hub.id
  allowed_prefixes      = ["10.0.0.0/8"]
}

resource "aws_dx_gateway_association" "legacy" {
  dx_gateway_id         = aws_dx_gateway.main.id
  associated_gateway_id = aws_vpn_gateway.legacy.id
}

resource "aws_dx_gateway_association" "existing_tgw" {
  dx_gateway_id         = aws_dx_gateway.main.id
  associated_gateway_id = "tgw-0a1b2c3d4e5f60718"
  allowed_prefixes      = ["172.16.0.0/12"]
}
