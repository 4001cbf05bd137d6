resource "aws_sns_topic" "security" {
  name = "security-alerts"
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "/aws/cloudtrail/main"
  retention_in_days = 365
}

# expect: aws-cloudwatch-cloudtrail-changes-alarm-missing
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-cloudtrail"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-cloudwatch"
}

# a trail kept in S3 only is reported by aws-cloudtrail-without-cloudwatch-logs
resource "aws_cloudtrail" "archive" {
  name           = "archive"
  s3_bucket_name = "acme-cloudtrail-archive"
}

resource "aws_cloudwatch_log_metric_filter" "other" {
  name           = "errors"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "ERROR"

  metric_transformation {
    name      = "Errors"
    namespace = "App"
    value     = "1"
  }
}
