resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 30
      volume_type = "gp3"
      encrypted   = true
      # expect: aws-ec2-volume-kept-after-termination
      delete_on_termination = false
    }
  }
}

resource "aws_instance" "app" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  subnet_id     = "subnet-0a1b2c3d"

  root_block_device {
    encrypted             = true
    delete_on_termination = true
  }
}
