provider "aws" {
  region = "us-east-1"
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "graph"
  engine              = "neptune"
  skip_final_snapshot = true
}

resource "aws_neptune_cluster" "fraud" {
  cluster_identifier  = "fraud"
  engine              = "neptune"
  storage_type        = "iopt1"
  skip_final_snapshot = true
}

resource "aws_neptune_cluster_instance" "graph" {
  count              = 2
  cluster_identifier = aws_neptune_cluster.graph.id
  engine             = "neptune"
  instance_class     = "db.r6g.large"
}

resource "aws_neptune_cluster_instance" "fraud" {
  cluster_identifier = aws_neptune_cluster.fraud.id
  engine             = "neptune"
  instance_class     = "db.r6g.large"
}

resource "aws_neptune_cluster_instance" "dev" {
  cluster_identifier = "dev-graph"
  engine             = "neptune"
  instance_class     = "db.t4g.medium"
}

resource "aws_neptune_cluster_instance" "elastic" {
  cluster_identifier = aws_neptune_cluster.graph.id
  engine             = "neptune"
  instance_class     = "db.serverless"
}
