# expect: aws-waf-classic-web-acl-logging-missing
resource "aws_waf_web_acl" "legacy" {
  name        = "legacy"
  metric_name = "legacy"

  default_action {
    type = "ALLOW"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "waf" {
  name        = "aws-waf-logs-regional"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::waf-logs"
  }
}

resource "aws_wafregional_web_acl" "regional" {
  name        = "regional"
  metric_name = "regional"

  default_action {
    type = "ALLOW"
  }

  logging_configuration {
    log_destination = aws_kinesis_firehose_delivery_stream.waf.arn
  }
}
