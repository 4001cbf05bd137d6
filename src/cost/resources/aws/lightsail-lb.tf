provider "aws" {
  region = "eu-west-2"
}

resource "aws_lightsail_lb" "web" {
  name              = "web"
  health_check_path = "/"
  instance_port     = 80
}
