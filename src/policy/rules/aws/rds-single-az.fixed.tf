# expect: aws-rds-single-az
resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  multi_az = true
}

resource "aws_db_instance" "billing" {
  identifier        = "billing"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  # expect: aws-rds-single-az
  multi_az = true
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  multi_az          = true
}

resource "aws_db_instance" "ledger_replica" {
  identifier          = "ledger-replica"
  replicate_source_db = aws_db_instance.ledger.identifier
  instance_class      = "db.m6g.large"
}
