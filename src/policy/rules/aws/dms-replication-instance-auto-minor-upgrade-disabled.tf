# expect: aws-dms-replication-instance-auto-minor-upgrade-disabled
resource "aws_dms_replication_instance" "legacy" {
  replication_instance_id    = "legacy-migration"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
}

resource "aws_dms_replication_instance" "billing" {
  replication_instance_id    = "billing-migration"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
  # expect: aws-dms-replication-instance-auto-minor-upgrade-disabled
  auto_minor_version_upgrade = false
}

resource "aws_dms_replication_instance" "orders" {
  replication_instance_id    = "orders-migration"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
  auto_minor_version_upgrade = true
}
