provider "aws" {
  region = "us-east-1"
}

resource "aws_ec2_transit_gateway" "hub" {
  description = "hub"
}

resource "aws_ec2_transit_gateway_vpc_attachment" "sdwan" {
  subnet_ids         = ["subnet-0a1b2c3d"]
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
  vpc_id             = "vpc-0a1b2c3d"
}

resource "aws_ec2_transit_gateway_connect" "sdwan" {
  transport_attachment_id = aws_ec2_transit_gateway_vpc_attachment.sdwan.id
  transit_gateway_id      = aws_ec2_transit_gateway.hub.id
}
