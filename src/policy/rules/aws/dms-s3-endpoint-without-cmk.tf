resource "aws_kms_key" "dms" {
  description         = "dms"
  enable_key_rotation = true
}

# expect: aws-dms-s3-endpoint-without-cmk
resource "aws_dms_s3_endpoint" "lake" {
  endpoint_id             = "lake"
  endpoint_type           = "target"
  bucket_name             = "acme-lake"
  service_access_role_arn = "arn:aws:iam::123456789012:role/dms-s3"
}

resource "aws_dms_s3_endpoint" "audit" {
  endpoint_id                       = "audit"
  endpoint_type                     = "target"
  bucket_name                       = "acme-audit"
  service_access_role_arn           = "arn:aws:iam::123456789012:role/dms-s3"
  kms_key_arn                       = aws_kms_key.dms.arn
  encryption_mode                   = "SSE_KMS"
  server_side_encryption_kms_key_id = aws_kms_key.dms.arn
}
