provider "aws" {
  region = "eu-west-1"
}

resource "aws_kinesisanalyticsv2_application" "enrich" {
  name                   = "enrich"
  runtime_environment    = "FLINK-1_18"
  service_execution_role = "arn:aws:iam::123456789012:role/flink"
}

resource "aws_kinesisanalyticsv2_application" "explore" {
  name                   = "explore"
  runtime_environment    = "ZEPPELIN-FLINK-3_0"
  service_execution_role = "arn:aws:iam::123456789012:role/flink"
}

resource "aws_kinesisanalyticsv2_application" "legacy_sql" {
  name                   = "legacy-sql"
  runtime_environment    = "SQL-1_0"
  service_execution_role = "arn:aws:iam::123456789012:role/flink"
}
