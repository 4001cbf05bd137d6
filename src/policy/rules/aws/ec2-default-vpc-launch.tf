# expect: aws-ec2-default-vpc-launch
resource "aws_instance" "scratch" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
}

resource "aws_instance" "app" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0a1b2c3d"
}

resource "aws_autoscaling_group" "legacy" {
  name     = "legacy"
  min_size = 1
  max_size = 2
  # expect: aws-ec2-default-vpc-launch
  availability_zones = ["us-east-1a", "us-east-1b"]

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "app" {
  name                = "app"
  min_size            = 2
  max_size            = 6
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}
