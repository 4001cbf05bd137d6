resource "aws_dms_endpoint" "orders_source" {
  endpoint_id   = "orders-source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "orders.cluster-abc.us-east-1.rds.amazonaws.com"
  port          = 5432
  database_name = "orders"
  username      = "dms"
  # expect: aws-dms-endpoint-ssl-disabled
  ssl_mode = "require"
}

resource "aws_dms_endpoint" "orders_target" {
  endpoint_id   = "orders-target"
  endpoint_type = "target"
  engine_name   = "aurora-postgresql"
  server_name   = "orders-v2.cluster-abc.us-east-1.rds.amazonaws.com"
  port          = 5432
  database_name = "orders"
  username      = "dms"
  ssl_mode      = "require"
}

resource "aws_dms_endpoint" "archive" {
  endpoint_id   = "archive"
  endpoint_type = "target"
  engine_name   = "kinesis"
  ssl_mode      = "none"
}
