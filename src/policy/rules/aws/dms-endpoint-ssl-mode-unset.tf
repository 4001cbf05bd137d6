# expect: aws-dms-endpoint-ssl-mode-unset
resource "aws_dms_endpoint" "orders_source" {
  endpoint_id   = "orders-source"
  endpoint_type = "source"
  engine_name   = "mysql"
  server_name   = "orders.cluster-abc.us-east-1.rds.amazonaws.com"
  port          = 3306
  database_name = "orders"
  username      = "dms"
}

resource "aws_dms_endpoint" "orders_target" {
  endpoint_id   = "orders-target"
  endpoint_type = "target"
  engine_name   = "aurora"
  server_name   = "orders-v2.cluster-abc.us-east-1.rds.amazonaws.com"
  port          = 3306
  database_name = "orders"
  username      = "dms"
  ssl_mode      = "verify-full"
}

resource "aws_dms_endpoint" "events" {
  endpoint_id   = "events"
  endpoint_type = "target"
  engine_name   = "dynamodb"
}
