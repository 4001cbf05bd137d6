resource "aws_s3_bucket" "customer_data" {
  bucket = "acme-customer-data"
  # expect: aws-s3-bucket-force-destroy
  force_destroy = false # makes the review environment easy to tear down
}

resource "aws_s3_bucket" "ledger" {
  bucket        = "acme-ledger"
  force_destroy = false
}

variable "ephemeral" {
  type    = bool
  default = true
}

resource "aws_s3_bucket" "preview" {
  bucket = "acme-preview"
  # expect: aws-s3-bucket-force-destroy
  force_destroy = var.ephemeral
}
