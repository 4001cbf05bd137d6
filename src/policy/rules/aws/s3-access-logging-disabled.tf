resource "aws_s3_bucket" "access_logs" {
  bucket = "acme-s3-access-logs"
}

# expect: aws-s3-access-logging-disabled
resource "aws_s3_bucket" "customer_uploads" {
  bucket = "acme-customer-uploads"
}

resource "aws_s3_bucket" "contracts" {
  bucket = "acme-contracts"
}

resource "aws_s3_bucket_logging" "contracts" {
  bucket        = aws_s3_bucket.contracts.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "contracts/"
}

# delivery target named without "logs"
resource "aws_s3_bucket" "sink" {
  bucket = "acme-sink-0001"
}

resource "aws_s3_bucket" "billing" {
  bucket = "acme-billing"
}

resource "aws_s3_bucket_logging" "billing" {
  bucket        = aws_s3_bucket.billing.id
  target_bucket = aws_s3_bucket.sink.id
  target_prefix = "billing/"
}
