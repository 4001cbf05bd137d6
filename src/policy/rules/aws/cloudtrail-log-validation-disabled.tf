# expect: aws-cloudtrail-log-validation-disabled
resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-cloudtrail"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "data_events" {
  name                  = "data-events"
  s3_bucket_name        = "acme-cloudtrail"
  is_multi_region_trail = true
  # expect: aws-cloudtrail-log-validation-disabled
  enable_log_file_validation = false

  event_selector {
    read_write_type           = "All"
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

resource "aws_cloudtrail" "validated" {
  name                       = "validated"
  s3_bucket_name             = "acme-cloudtrail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
