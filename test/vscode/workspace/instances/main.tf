# The same problem on several resource instances: a module called twice, and count.
provider "aws" {
  region = "us-east-1"
}

module "old" {
  source = "./bucket"
}

module "new" {
  source = "./bucket"
}

resource "aws_s3_bucket_acl" "pair" {
  count  = 2
  bucket = "kensa-e2e-pair-${count.index}"
  acl    = "public-read"
}
