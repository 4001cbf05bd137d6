provider "aws" {
  region = "us-east-1"
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  engine                              = "neptune"
  backup_retention_period             = 7
  iam_database_authentication_enabled = true
  skip_final_snapshot                 = true
}

resource "aws_neptune_cluster" "fraud" {
  cluster_identifier  = "fraud"
  engine              = "neptune"
  storage_type        = "iopt1"
  skip_final_snapshot = true
}
