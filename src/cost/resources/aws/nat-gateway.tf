provider "aws" {
  region = "eu-west-1"
}

resource "aws_nat_gateway" "az_a" {
  allocation_id = "eipalloc-0a1b2c3d"
  subnet_id     = "subnet-0a1b2c3d"
}

resource "aws_nat_gateway" "az_b" {
  allocation_id = "eipalloc-0d4e5f6a"
  subnet_id     = "subnet-0d4e5f6a"
}
