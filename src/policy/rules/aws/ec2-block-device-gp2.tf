variable "volume_type" {
  default = "gp2"
}

resource "aws_instance" "app" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  subnet_id     = "subnet-0a1b2c3d"

  root_block_device {
    # expect: aws-ec2-block-device-gp2
    volume_type = "gp2"
    volume_size = 40
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 500
    # expect: aws-ec2-block-device-gp2
    volume_type = var.volume_type
    encrypted   = true
  }
}

resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      # expect: aws-ec2-block-device-gp2
      volume_type = "gp2"
      encrypted   = true
    }
  }
}

resource "aws_instance" "current" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  subnet_id     = "subnet-0a1b2c3d"

  root_block_device {
    volume_type = "gp3"
    encrypted   = true
  }
}
