provider "aws" {
  region = "us-east-1"
}

resource "aws_kinesisanalytics_application" "clicks" {
  name = "clicks"
  code = "CREATE OR REPLACE STREAM \"DESTINATION_SQL_STREAM\" (ticker VARCHAR(4));"
}

resource "aws_kinesisanalytics_application" "orders" {
  name = "orders"
}
