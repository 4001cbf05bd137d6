resource "aws_s3_bucket_acl" "this" {
  bucket = "kensa-e2e-instances"
  acl    = "public-read"
}
