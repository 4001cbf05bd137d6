provider "aws" {
  region = "us-west-2"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "us-west-2a"
  size              = 500
  type              = "gp3"
}

resource "aws_ebs_snapshot" "nightly" {
  volume_id = aws_ebs_volume.data.id
}

resource "aws_ebs_snapshot" "weekly" {
  volume_id = aws_ebs_volume.data.id
}

resource "aws_ebs_snapshot" "yearly" {
  volume_id    = aws_ebs_volume.data.id
  storage_tier = "archive"
}
