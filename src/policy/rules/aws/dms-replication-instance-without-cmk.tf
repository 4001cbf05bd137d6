resource "aws_kms_key" "dms" {
  description         = "dms"
  enable_key_rotation = true
}

# expect: aws-dms-replication-instance-without-cmk
resource "aws_dms_replication_instance" "legacy" {
  replication_instance_id    = "legacy-migration"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
}

resource "aws_dms_replication_instance" "orders" {
  replication_instance_id    = "orders-migration"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
  kms_key_arn                = aws_kms_key.dms.arn
}
