provider "aws" {
  region = "us-east-1"
}

resource "aws_docdb_cluster_snapshot" "catalog" {
  db_cluster_identifier          = "catalog"
  db_cluster_snapshot_identifier = "catalog-before-migration"
}

resource "aws_docdb_cluster_snapshot" "sessions" {
  db_cluster_identifier          = "sessions"
  db_cluster_snapshot_identifier = "sessions-weekly"
}
