# expect: aws-dms-replication-instance-single-az
resource "aws_dms_replication_instance" "cdc" {
  replication_instance_id    = "orders-cdc"
  replication_instance_class = "dms.r5.large"
  allocated_storage          = 100
}

resource "aws_dms_replication_instance" "orders" {
  replication_instance_id    = "orders-migration"
  replication_instance_class = "dms.r5.large"
  allocated_storage          = 100
  multi_az                   = true
}
