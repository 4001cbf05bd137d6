resource "aws_cloudtrail" "regional" {
  name           = "regional"
  s3_bucket_name = "acme-cloudtrail"
  # expect: aws-cloudtrail-global-events-excluded
  include_global_service_events = true
}

resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-cloudtrail"
  is_multi_region_trail = true
}
