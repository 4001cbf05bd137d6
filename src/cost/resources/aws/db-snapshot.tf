provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 250
}

resource "aws_db_snapshot" "before_migration" {
  db_instance_identifier = aws_db_instance.orders.identifier
  db_snapshot_identifier = "orders-before-migration"
}

resource "aws_db_snapshot" "legacy" {
  db_instance_identifier = "legacy-billing"
  db_snapshot_identifier = "legacy-billing-final"
}
