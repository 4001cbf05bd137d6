resource "aws_eip" "nat" {
  # expect: aws-eip-vpc-argument-deprecated
  vpc = true # for the NAT gateway
  tags = {
    Name = "nat"
  }
}

resource "aws_eip" "bastion" {
  domain = "vpc"
}
