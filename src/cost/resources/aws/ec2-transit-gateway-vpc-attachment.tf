provider "aws" {
  region = "us-east-2"
}

resource "aws_ec2_transit_gateway" "hub" {
  description = "hub"
}

resource "aws_ec2_transit_gateway_vpc_attachment" "app" {
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
  vpc_id             = "vpc-0a1b2c3d"
  subnet_ids         = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_ec2_transit_gateway_vpc_attachment" "shared" {
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
  vpc_id             = "vpc-9f8e7d6c"
  subnet_ids         = ["subnet-9f8e7d6c"]
}
