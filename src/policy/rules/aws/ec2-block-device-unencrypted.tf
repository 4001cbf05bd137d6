# expect: aws-ec2-block-device-unencrypted
resource "aws_instance" "bastion" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0a1b2c3d"
}

resource "aws_instance" "worker" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  subnet_id     = "subnet-0a1b2c3d"

  root_block_device {
    volume_size = 50
    # expect: aws-ec2-block-device-unencrypted
    encrypted = false # TODO
  }

  # expect: aws-ec2-block-device-unencrypted
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 200
  }

  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-0123456789abcdef0"
  }
}

resource "aws_instance" "encrypted" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  subnet_id     = "subnet-0a1b2c3d"

  root_block_device {
    encrypted  = true
    kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"

  block_device_mappings {
    device_name = "/dev/xvda"

    # expect: aws-ec2-block-device-unencrypted
    ebs {
      volume_size = 30
      volume_type = "gp3"
    }
  }

  block_device_mappings {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}
