provider "aws" {
  region = "eu-west-1"
}

resource "aws_spot_instance_request" "batch" {
  ami                  = "ami-0c55b159cbfafe1f0"
  instance_type        = "c5.2xlarge"
  spot_type            = "one-time"
  wait_for_fulfillment = true

  root_block_device {
    volume_type = "gp3"
    volume_size = 50
  }
}

variable "worker_type" {
  type = string
}

resource "aws_spot_instance_request" "worker" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = var.worker_type
}
