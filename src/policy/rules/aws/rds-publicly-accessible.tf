resource "aws_db_instance" "analytics" {
  identifier          = "analytics"
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  # expect: aws-rds-publicly-accessible
  publicly_accessible = true # for the BI tool
}

resource "aws_db_instance" "orders" {
  identifier          = "orders"
  engine              = "postgres"
  instance_class      = "db.m6g.large"
  allocated_storage   = 100
  publicly_accessible = false
}

variable "public_instances" {
  type    = bool
  default = true
}

resource "aws_rds_cluster_instance" "catalog" {
  count               = 2
  identifier          = "catalog-${count.index}"
  cluster_identifier  = "catalog"
  instance_class      = "db.r6g.large"
  engine              = "aurora-postgresql"
  # expect: aws-rds-publicly-accessible
  publicly_accessible = var.public_instances
}
