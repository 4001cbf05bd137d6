resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 1000 # sized for IOPS
  # expect: aws-rds-gp2-storage
  storage_type = "gp3"
}

# expect: aws-rds-gp2-storage
resource "aws_db_instance" "ledger" {
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_type = "gp3"
}

resource "aws_db_instance" "billing" {
  identifier        = "billing"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_type      = "gp3"
}

resource "aws_db_instance" "trading" {
  identifier        = "trading"
  engine            = "postgres"
  instance_class    = "db.r6g.xlarge"
  allocated_storage = 400
  iops              = 12000
}
