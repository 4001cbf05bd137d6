provider "aws" {
  region = "us-west-2"
}

resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "us-east-1"
  encrypted          = true
}

resource "aws_ebs_snapshot_copy" "yearly" {
  source_snapshot_id = "snap-0fedcba9876543210"
  source_region      = "us-east-1"
  storage_tier       = "archive"
}
