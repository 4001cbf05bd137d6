# expect: aws-rds-performance-insights-disabled
resource "aws_db_instance" "orders" {
  identifier                  = "orders-prod"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.m6g.large"
  allocated_storage           = 100
  username                    = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  performance_insights_enabled = true
}

resource "aws_db_instance" "billing" {
  identifier                   = "billing"
  engine                       = "postgres"
  engine_version               = "16.4"
  instance_class               = "db.m6g.large"
  allocated_storage            = 100
  username                     = "billing_admin"
  manage_master_user_password  = true
  storage_encrypted            = true
  performance_insights_enabled = true
}

resource "aws_rds_cluster_instance" "catalog_1" {
  identifier         = "catalog-1"
  cluster_identifier = "catalog"
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
  # expect: aws-rds-performance-insights-disabled
  performance_insights_enabled = true
}
