provider "aws" {
  region = "us-east-1"
}

variable "size" {
  default = "m5.large"
}

resource "aws_instance" "web" {
  count         = 2
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = var.size

  root_block_device {
    volume_type = "gp3"
    volume_size = 30
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_type = "gp2"
    volume_size = 100
  }
}

resource "aws_instance" "bastion" {
  ami                         = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
}

resource "aws_instance" "dedicated" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "c5.xlarge"
  tenancy       = "dedicated"
}

data "aws_ami" "latest" {
  most_recent = true
}

resource "aws_instance" "unknown_type" {
  ami           = data.aws_ami.latest.id
  instance_type = data.aws_ami.latest.name
}
