# expect: aws-default-vpc-in-use
resource "aws_default_vpc" "default" {
  tags = {
    Name = "Default VPC"
  }
}

# expect: aws-default-vpc-in-use
resource "aws_default_subnet" "a" {
  availability_zone = "us-east-1a"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# adopted only to be deleted with the next destroy
resource "aws_default_vpc" "eu" {
  provider      = aws.eu
  force_destroy = true
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}
