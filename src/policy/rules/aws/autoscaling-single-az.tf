resource "aws_subnet" "private_a" {
  vpc_id            = "vpc-0a1b2c3d"
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "private_a2" {
  vpc_id            = "vpc-0a1b2c3d"
  cidr_block        = "10.0.2.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "private_b" {
  vpc_id            = "vpc-0a1b2c3d"
  cidr_block        = "10.0.3.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_autoscaling_group" "api" {
  name     = "api"
  min_size = 2
  max_size = 6
  # expect: aws-autoscaling-single-az
  vpc_zone_identifier = [aws_subnet.private_a.id]

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "workers" {
  name     = "workers"
  min_size = 2
  max_size = 6
  # expect: aws-autoscaling-single-az
  vpc_zone_identifier = [aws_subnet.private_a.id, aws_subnet.private_a2.id]

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "web" {
  name                = "web"
  min_size            = 2
  max_size            = 6
  vpc_zone_identifier = [aws_subnet.private_a.id, aws_subnet.private_b.id]

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}
