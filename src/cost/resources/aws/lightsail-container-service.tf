provider "aws" {
  region = "eu-west-2"
}

resource "aws_lightsail_container_service" "api" {
  name  = "api"
  power = "small"
  scale = 2
}

resource "aws_lightsail_container_service" "worker" {
  name  = "worker"
  power = "nano"
  scale = 1
}
