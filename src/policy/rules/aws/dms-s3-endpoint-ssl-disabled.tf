# expect: aws-dms-s3-endpoint-ssl-disabled
resource "aws_dms_s3_endpoint" "lake" {
  endpoint_id             = "lake"
  endpoint_type           = "target"
  bucket_name             = "acme-lake"
  service_access_role_arn = "arn:aws:iam::123456789012:role/dms-s3"
  kms_key_arn             = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_dms_s3_endpoint" "audit" {
  endpoint_id             = "audit"
  endpoint_type           = "target"
  bucket_name             = "acme-audit"
  service_access_role_arn = "arn:aws:iam::123456789012:role/dms-s3"
  kms_key_arn             = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  ssl_mode                = "require"
}
