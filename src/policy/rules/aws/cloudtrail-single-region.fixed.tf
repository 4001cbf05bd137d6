# expect: aws-cloudtrail-single-region
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-cloudtrail"
  enable_log_file_validation = true
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "legacy" {
  name                          = "legacy"
  s3_bucket_name                = "acme-cloudtrail"
  include_global_service_events = true
  # expect: aws-cloudtrail-single-region
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "org" {
  name                       = "organization"
  s3_bucket_name             = "acme-org-cloudtrail"
  is_multi_region_trail      = true
  is_organization_trail      = true
  enable_log_file_validation = true
}
