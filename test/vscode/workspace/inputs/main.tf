provider "aws" {
  region = "us-east-1"
}

variable "acl" {
  type    = string
  default = "private"
}

resource "aws_s3_bucket" "site" {
  bucket = "kensa-inputs-site"
}

resource "aws_s3_bucket_acl" "site" {
  bucket = aws_s3_bucket.site.id
  acl    = var.acl
}

resource "aws_s3_bucket_acl" "by_workspace" {
  bucket = aws_s3_bucket.site.id
  acl    = terraform.workspace == "public" ? "public-read" : "private"
}
