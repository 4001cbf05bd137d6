resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-cloudtrail"
  is_multi_region_trail = true
  # expect: aws-cloudtrail-logging-disabled
  enable_logging = false # paused while the bucket is migrated
}

resource "aws_cloudtrail" "audit" {
  name                  = "audit"
  s3_bucket_name        = "acme-cloudtrail"
  is_multi_region_trail = true
  enable_logging        = true
}
