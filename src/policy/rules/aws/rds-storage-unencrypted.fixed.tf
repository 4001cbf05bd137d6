variable "encrypt_reporting_db" {
  type    = bool
  default = false
}

# expect: aws-rds-storage-unencrypted
resource "aws_db_instance" "orders" {
  identifier        = "orders-prod"
  engine            = "postgres"
  engine_version    = "16.4"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  username          = "orders_admin"
  password          = "change-me-in-secrets-manager"
  storage_encrypted = true
}

resource "aws_db_instance" "reporting" {
  identifier        = "reporting"
  engine            = "mysql"
  engine_version    = "8.4.3"
  instance_class    = "db.r6g.large"
  allocated_storage = 200
  # expect: aws-rds-storage-unencrypted
  storage_encrypted = var.encrypt_reporting_db
}

resource "aws_db_instance" "billing" {
  identifier        = "billing"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true
  kms_key_id        = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_db_instance" "billing_replica" {
  identifier          = "billing-replica"
  replicate_source_db = aws_db_instance.billing.identifier
  instance_class      = "db.m6g.large"
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "aurora-postgresql"
  engine_version     = "16.4"
  master_username    = "catalog_admin"
  # expect: aws-rds-storage-unencrypted
  storage_encrypted = true # encryption was forgotten at launch
}
