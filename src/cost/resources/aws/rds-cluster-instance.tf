provider "aws" {
  region = "us-east-1"
}

resource "aws_rds_cluster" "standard" {
  cluster_identifier = "standard"
  engine             = "aurora-postgresql"
  master_username    = "app"
  master_password    = "change-me-please"
}

resource "aws_rds_cluster" "io_optimized" {
  cluster_identifier = "io-optimized"
  engine             = "aurora-mysql"
  storage_type       = "aurora-iopt1"
  master_username    = "app"
  master_password    = "change-me-please"
}

resource "aws_rds_cluster" "serverless" {
  cluster_identifier = "serverless"
  engine             = "aurora-postgresql"
  master_username    = "app"
  master_password    = "change-me-please"

  serverlessv2_scaling_configuration {
    min_capacity = 0.5
    max_capacity = 8
  }
}

# a writer and a reader on Aurora Standard
resource "aws_rds_cluster_instance" "standard" {
  count              = 2
  identifier         = "standard-${count.index}"
  cluster_identifier = aws_rds_cluster.standard.id
  engine             = aws_rds_cluster.standard.engine
  instance_class     = "db.r6g.large"
}

# the same class on I/O-Optimized costs more per hour
resource "aws_rds_cluster_instance" "io_optimized" {
  identifier         = "io-optimized-0"
  cluster_identifier = aws_rds_cluster.io_optimized.id
  engine             = "aurora-mysql"
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster_instance" "serverless" {
  identifier         = "serverless-0"
  cluster_identifier = aws_rds_cluster.serverless.id
  engine             = "aurora-postgresql"
  instance_class     = "db.serverless"
}

# a cluster managed elsewhere: Aurora Standard assumed
resource "aws_rds_cluster_instance" "elsewhere" {
  identifier         = "elsewhere-0"
  cluster_identifier = "managed-by-another-stack"
  engine             = "aurora-mysql"
  instance_class     = "db.t4g.medium"
}

variable "instance_class" {
  type = string
}

resource "aws_rds_cluster_instance" "sized_by_variable" {
  identifier         = "sized-0"
  cluster_identifier = aws_rds_cluster.standard.id
  engine             = "aurora-postgresql"
  instance_class     = var.instance_class
}
