# expect: aws-vpc-flow-logs-missing
resource "aws_vpc" "staging" {
  cidr_block           = "10.20.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_vpc" "prod" {
  cidr_block           = "10.10.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_s3_bucket" "flow_logs" {
  bucket = "acme-vpc-flow-logs"
}

resource "aws_flow_log" "prod" {
  vpc_id               = aws_vpc.prod.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow_logs.arn
}
