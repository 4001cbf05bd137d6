resource "aws_dms_replication_instance" "legacy" {
  replication_instance_id    = "legacy-migration"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
  # expect: aws-dms-replication-instance-public
  publicly_accessible = false
}

resource "aws_dms_replication_instance" "orders" {
  replication_instance_id    = "orders-migration"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
  publicly_accessible        = false
}
