resource "aws_db_instance" "scratch" {
  identifier        = "scratch"
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  # expect: aws-rds-backups-disabled
  backup_retention_period = 0
}

variable "retention_days" {
  type    = number
  default = 0
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  # expect: aws-rds-backups-disabled
  backup_retention_period = var.retention_days
}

resource "aws_db_instance" "orders" {
  identifier              = "orders"
  engine                  = "postgres"
  instance_class          = "db.m6g.large"
  allocated_storage       = 100
  backup_retention_period = 14
}

resource "aws_db_instance" "orders_replica" {
  identifier              = "orders-replica"
  replicate_source_db     = aws_db_instance.orders.identifier
  instance_class          = "db.m6g.large"
  backup_retention_period = 0
}
