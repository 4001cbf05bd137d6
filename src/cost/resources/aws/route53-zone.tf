provider "aws" {
  region = "ap-southeast-2"
}

resource "aws_route53_zone" "public" {
  name = "example.com"
}

resource "aws_route53_zone" "internal" {
  name = "internal.example.com"

  vpc {
    vpc_id = "vpc-0a1b2c3d4e5f67890"
  }
}
