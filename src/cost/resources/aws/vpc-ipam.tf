provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc_ipam" "org" {
  description = "organization IPAM"

  operating_regions {
    region_name = "us-east-1"
  }
}

resource "aws_vpc_ipam" "lab" {
  tier = "free"

  operating_regions {
    region_name = "us-east-1"
  }
}
