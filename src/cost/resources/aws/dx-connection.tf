provider "aws" {
  region = "us-east-1"
}

resource "aws_dx_connection" "primary" {
  name      = "primary"
  bandwidth = "10Gbps"
  location  = "EqDC2"
}

resource "aws_dx_connection" "backup" {
  name      = "backup"
  bandwidth = "1Gbps"
  location  = "CSVA1"
}
