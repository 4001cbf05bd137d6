provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_analytics_configuration" "whole_bucket" {
  bucket = aws_s3_bucket.data.id
  name   = "whole-bucket"
}

resource "aws_s3_bucket_analytics_configuration" "logs" {
  bucket = aws_s3_bucket.data.id
  name   = "logs"

  filter {
    prefix = "logs/"
  }
}
