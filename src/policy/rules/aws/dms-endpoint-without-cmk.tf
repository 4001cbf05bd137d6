resource "aws_kms_key" "dms" {
  description         = "dms"
  enable_key_rotation = true
}

# expect: aws-dms-endpoint-without-cmk
resource "aws_dms_endpoint" "orders_source" {
  endpoint_id   = "orders-source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "orders.cluster-abc.us-east-1.rds.amazonaws.com"
  port          = 5432
  database_name = "orders"
  username      = "dms"
  ssl_mode      = "require"
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
  kms_key_arn   = aws_kms_key.dms.arn
}

resource "aws_dms_endpoint" "lake" {
  endpoint_id   = "lake"
  endpoint_type = "target"
  engine_name   = "s3"

  # expect: aws-dms-endpoint-without-cmk
  s3_settings {
    bucket_name             = "acme-lake"
    service_access_role_arn = "arn:aws:iam::123456789012:role/dms-s3"
    encryption_mode         = "SSE_S3"
  }
}

resource "aws_dms_endpoint" "audit" {
  endpoint_id   = "audit"
  endpoint_type = "target"
  engine_name   = "s3"

  s3_settings {
    bucket_name                       = "acme-audit"
    service_access_role_arn           = "arn:aws:iam::123456789012:role/dms-s3"
    encryption_mode                   = "SSE_KMS"
    server_side_encryption_kms_key_id = aws_kms_key.dms.arn
  }
}
