provider "aws" {
  region = "us-east-1"
}

resource "aws_ebs_volume" "legacy" {
  availability_zone = "us-east-1a"
  size              = 200
  type              = "gp2"
}

resource "aws_ebs_volume" "fast" {
  availability_zone = "us-east-1a"
  size              = 500
  type              = "gp3"
  iops              = 6000
  throughput        = 250
}

resource "aws_ebs_volume" "database" {
  availability_zone = "us-east-1a"
  size              = 1000
  type              = "io2"
  iops              = 40000
}

resource "aws_ebs_volume" "archive" {
  availability_zone = "us-east-1a"
  size              = 4000
  type              = "sc1"
}

resource "aws_ebs_volume" "from_snapshot" {
  availability_zone = "us-east-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}
