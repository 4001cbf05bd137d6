provider "aws" {
  region = "us-east-1"
}

resource "aws_neptune_cluster_snapshot" "before_migration" {
  db_cluster_identifier          = "graph"
  db_cluster_snapshot_identifier = "graph-before-migration"
}

resource "aws_neptune_cluster_snapshot" "quarterly" {
  db_cluster_identifier          = "graph"
  db_cluster_snapshot_identifier = "graph-quarterly"
}
