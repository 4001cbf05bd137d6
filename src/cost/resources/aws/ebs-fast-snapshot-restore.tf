provider "aws" {
  region = "eu-west-1"
}

resource "aws_ebs_fast_snapshot_restore" "golden_ami_a" {
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}

resource "aws_ebs_fast_snapshot_restore" "golden_ami_b" {
  availability_zone = "eu-west-1b"
  snapshot_id       = "snap-0123456789abcdef0"
}
