resource "aws_ebs_volume" "app" {
  availability_zone = "us-east-1a"
  size              = 100
  # expect: aws-ebs-volume-gp2
  type      = "gp3"
  encrypted = true
}

resource "aws_ebs_volume" "warehouse" {
  availability_zone = "us-east-1a"
  size              = 2000
  # expect: aws-ebs-volume-gp2
  type      = "gp3" # sized for IOPS
  encrypted = true
}

resource "aws_ebs_volume" "cache" {
  availability_zone = "us-east-1a"
  size              = 100
  type              = "gp3"
  encrypted         = true
}
