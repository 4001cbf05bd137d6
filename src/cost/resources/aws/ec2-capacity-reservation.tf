provider "aws" {
  region = "us-east-1"
}

resource "aws_ec2_capacity_reservation" "batch" {
  instance_type     = "c6i.2xlarge"
  instance_platform = "Linux/UNIX"
  availability_zone = "us-east-1a"
  instance_count    = 4
}

resource "aws_ec2_capacity_reservation" "windows" {
  instance_type     = "m6i.large"
  instance_platform = "Windows"
  availability_zone = "us-east-1b"
  instance_count    = 2
}
