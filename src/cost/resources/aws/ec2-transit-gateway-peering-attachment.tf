provider "aws" {
  region = "us-east-1"
}

resource "aws_ec2_transit_gateway_peering_attachment" "to_europe" {
  transit_gateway_id      = "tgw-0123456789abcdef0"
  peer_transit_gateway_id = "tgw-0fedcba9876543210"
  peer_region             = "eu-west-1"
}

resource "aws_ec2_transit_gateway_peering_attachment" "to_asia" {
  transit_gateway_id      = "tgw-0123456789abcdef0"
  peer_transit_gateway_id = "tgw-0aaaabbbbccccdddd"
  peer_region             = "ap-southeast-1"
}
