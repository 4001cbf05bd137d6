provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket_inventory" "daily" {
  bucket                   = "example-data"
  name                     = "daily"
  included_object_versions = "All"

  schedule {
    frequency = "Daily"
  }

  destination {
    bucket {
      format     = "CSV"
      bucket_arn = "arn:aws:s3:::example-inventory"
    }
  }
}
