# expect: aws-cloudtrail-without-cmk
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-cloudtrail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_kms_key" "trail" {
  description         = "CloudTrail logs"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "encrypted" {
  name                       = "encrypted"
  s3_bucket_name             = "acme-cloudtrail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.trail.arn
}
