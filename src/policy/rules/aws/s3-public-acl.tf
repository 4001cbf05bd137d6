resource "aws_s3_bucket" "assets" {
  bucket = "shop-assets"
}

resource "aws_s3_bucket_acl" "assets" {
  bucket = aws_s3_bucket.assets.id
  # expect: aws-s3-public-acl
  acl = "public-read" # set for the launch
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = "shop-logs"
  acl    = "log-delivery-write"
}

variable "acl" {
  default = "public-read-write"
}

resource "aws_s3_bucket_acl" "from_variable" {
  bucket = "shop-uploads"
  # expect: aws-s3-public-acl
  acl = var.acl
}

resource "aws_s3_bucket" "legacy" {
  bucket = "shop-legacy"
  # expect: aws-s3-public-acl
  acl = "authenticated-read"
}
