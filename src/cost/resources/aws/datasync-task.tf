provider "aws" {
  region = "us-east-1"
}

resource "aws_datasync_task" "nfs_to_s3" {
  name                     = "nfs-to-s3"
  source_location_arn      = "arn:aws:datasync:us-east-1:123456789012:location/loc-0a1b2c3d4e5f60718"
  destination_location_arn = "arn:aws:datasync:us-east-1:123456789012:location/loc-4e5f6a7b8c9d0e1f2"
}
