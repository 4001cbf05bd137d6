provider "aws" {
  region = "us-east-1"
}

resource "aws_glue_crawler" "events" {
  name          = "events"
  database_name = "analytics"
  role          = "arn:aws:iam::123456789012:role/glue"
  schedule      = "cron(0 2 * * ? *)"

  s3_target {
    path = "s3://example-events/"
  }
}

resource "aws_glue_crawler" "adhoc" {
  name          = "adhoc"
  database_name = "analytics"
  role          = "arn:aws:iam::123456789012:role/glue"

  s3_target {
    path = "s3://example-adhoc/"
  }
}
