provider "aws" {
  region = "us-west-2"
}

resource "aws_elb" "legacy" {
  name               = "legacy"
  availability_zones = ["us-west-2a", "us-west-2b"]

  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}

resource "aws_elb" "internal" {
  name     = "internal"
  internal = true
  subnets  = ["subnet-0a1b2c3d"]

  listener {
    instance_port     = 8080
    instance_protocol = "tcp"
    lb_port           = 8080
    lb_protocol       = "tcp"
  }
}
