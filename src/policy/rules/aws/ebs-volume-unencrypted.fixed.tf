# expect: aws-ebs-volume-unencrypted
resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = 200
  type              = "gp3"
  encrypted = true
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "us-east-1a"
  size              = 50
  type              = "gp3"
  # expect: aws-ebs-volume-unencrypted
  encrypted = true
}

resource "aws_ebs_volume" "db" {
  availability_zone = "us-east-1b"
  size              = 500
  type              = "io2"
  iops              = 8000
  encrypted         = true
}

resource "aws_ebs_volume" "restored" {
  availability_zone = "us-east-1b"
  snapshot_id       = "snap-0123456789abcdef0"
}
