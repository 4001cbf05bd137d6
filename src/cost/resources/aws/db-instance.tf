provider "aws" {
  region = "us-east-1"
}

# Single-AZ MySQL on gp2 (the default storage type without iops)
resource "aws_db_instance" "app" {
  identifier        = "app"
  engine            = "mysql"
  engine_version    = "8.4.3"
  instance_class    = "db.m5.large"
  allocated_storage = 100
  username          = "admin"
  password          = "change-me-please"
}

# Multi-AZ MySQL: twice the Single-AZ instance and storage price
resource "aws_db_instance" "app_ha" {
  identifier        = "app-ha"
  engine            = "mysql"
  engine_version    = "8.4.3"
  instance_class    = "db.m5.large"
  multi_az          = true
  allocated_storage = 100
  storage_type      = "gp3"
  username          = "admin"
  password          = "change-me-please"
}

# PostgreSQL on gp3 with 500 GB: 12,000 IOPS and 500 MiB/s are included, the rest is billed
resource "aws_db_instance" "analytics" {
  identifier         = "analytics"
  engine             = "postgres"
  engine_version     = "16.4"
  instance_class     = "db.r6g.xlarge"
  allocated_storage  = 500
  storage_type       = "gp3"
  iops               = 15000
  storage_throughput = 600
  username           = "analytics"
  password           = "change-me-please"
}

# io1 storage with provisioned IOPS, Multi-AZ
resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  engine_version    = "16.4"
  instance_class    = "db.m6g.2xlarge"
  multi_az          = true
  allocated_storage = 400
  storage_type      = "io1"
  iops              = 8000
  username          = "orders"
  password          = "change-me-please"
}

# PostgreSQL 12 is past standard support (2025-02-28): Extended Support years 1-2, per vCPU
resource "aws_db_instance" "legacy_pg" {
  identifier        = "legacy-pg"
  engine            = "postgres"
  engine_version    = "12.19"
  instance_class    = "db.m5.xlarge"
  allocated_storage = 50
  username          = "legacy"
  password          = "change-me-please"
}

# MySQL 5.7 is in its third Extended Support year (from 2026-03-01); Multi-AZ charges the standby too
resource "aws_db_instance" "legacy_mysql" {
  identifier        = "legacy-mysql"
  engine            = "mysql"
  engine_version    = "5.7.44"
  instance_class    = "db.m5.large"
  multi_az          = true
  allocated_storage = 20
  username          = "admin"
  password          = "change-me-please"
}

# Opted out of Extended Support: no charge line
resource "aws_db_instance" "legacy_opted_out" {
  identifier               = "legacy-opted-out"
  engine                   = "postgres"
  engine_version           = "13.15"
  engine_lifecycle_support = "open-source-rds-extended-support-disabled"
  instance_class           = "db.t3.medium"
  allocated_storage        = 20
  username                 = "legacy"
  password                 = "change-me-please"
}

# Oracle SE2 license included, and SQL Server Standard (license included) Multi-AZ
resource "aws_db_instance" "erp" {
  identifier        = "erp"
  engine            = "oracle-se2"
  license_model     = "license-included"
  instance_class    = "db.m5.large"
  allocated_storage = 200
  storage_type      = "gp3"
  username          = "erp"
  password          = "change-me-please"
}

resource "aws_db_instance" "reporting" {
  identifier        = "reporting"
  engine            = "sqlserver-se"
  instance_class    = "db.m5.large"
  multi_az          = true
  allocated_storage = 200
  storage_type      = "gp2"
  username          = "reporting"
  password          = "change-me-please"
}

# A read replica inherits the engine; storage comes from the source
resource "aws_db_instance" "app_replica" {
  identifier          = "app-replica"
  replicate_source_db = aws_db_instance.app.identifier
  instance_class      = "db.m5.large"
}

data "aws_ssm_parameter" "db_class" {
  name = "/platform/db-class"
}

resource "aws_db_instance" "sized_elsewhere" {
  identifier        = "sized-elsewhere"
  engine            = "postgres"
  instance_class    = data.aws_ssm_parameter.db_class.value
  allocated_storage = 50
  username          = "app"
  password          = "change-me-please"
}

# An Aurora engine on aws_db_instance: the Aurora instance rate; Aurora PostgreSQL 11 is in Extended Support
resource "aws_db_instance" "aurora_pg" {
  identifier     = "aurora-pg"
  engine         = "aurora-postgresql"
  engine_version = "11.21"
  instance_class = "db.r6g.large"
}

resource "aws_db_instance" "aurora_mysql" {
  identifier     = "aurora-mysql"
  engine         = "aurora-mysql"
  instance_class = "db.r6g.large"
}

# Oracle SE2 with your own licence, Oracle EE (only with your own licence on RDS), SQL Server Web
resource "aws_db_instance" "erp_byol" {
  identifier        = "erp-byol"
  engine            = "oracle-se2"
  license_model     = "bring-your-own-license"
  instance_class    = "db.m5.large"
  allocated_storage = 100
  storage_type      = "gp3"
  username          = "erp"
  password          = "change-me-please"
}

resource "aws_db_instance" "erp_ee" {
  identifier        = "erp-ee"
  engine            = "oracle-ee"
  license_model     = "bring-your-own-license"
  instance_class    = "db.r5.xlarge"
  multi_az          = true
  allocated_storage = 100
  storage_type      = "io2"
  iops              = 3000
  username          = "erp"
  password          = "change-me-please"
}

resource "aws_db_instance" "web_sql" {
  identifier        = "web-sql"
  engine            = "sqlserver-web"
  license_model     = "license-included"
  instance_class    = "db.m5.large"
  allocated_storage = 20
  username          = "web"
  password          = "change-me-please"
}

# gp3 under 400 GB: 3,000 IOPS and 125 MiB/s included, the rest billed
resource "aws_db_instance" "small_fast" {
  identifier          = "small-fast"
  engine              = "mysql"
  instance_class      = "db.m5.large"
  allocated_storage   = 200
  storage_type        = "gp3"
  iops                = 5000
  storage_throughput  = 250
  username            = "app"
  password            = "change-me-please"
}

# `= null` is not set: gp2 storage, Single-AZ, the default licence
resource "aws_db_instance" "nulls" {
  identifier        = "nulls"
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  allocated_storage = 20
  storage_type      = null
  multi_az          = null
  iops              = null
  license_model     = null
  username          = "app"
  password          = "change-me-please"
}

# Performance Insights kept 2 years: billed per vCPU-month beyond the free 7 days (listed, unpriced)
resource "aws_db_instance" "insights" {
  identifier                            = "insights"
  engine                                = "postgres"
  instance_class                        = "db.m5.xlarge"
  allocated_storage                     = 20
  performance_insights_enabled          = true
  performance_insights_retention_period = 731
  username                              = "app"
  password                              = "change-me-please"
}

# the free 7 days: nothing to add
resource "aws_db_instance" "insights_free" {
  identifier                            = "insights-free"
  engine                                = "postgres"
  instance_class                        = "db.m5.large"
  allocated_storage                     = 20
  performance_insights_enabled          = true
  performance_insights_retention_period = 7
  username                              = "app"
  password                              = "change-me-please"
}
