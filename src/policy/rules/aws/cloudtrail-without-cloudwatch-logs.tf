# expect: aws-cloudtrail-without-cloudwatch-logs
resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-cloudtrail"
  is_multi_region_trail = true
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "/aws/cloudtrail/audit"
  retention_in_days = 365
}

resource "aws_cloudtrail" "audit" {
  name                       = "audit"
  s3_bucket_name             = "acme-cloudtrail"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-cloudwatch"
}
