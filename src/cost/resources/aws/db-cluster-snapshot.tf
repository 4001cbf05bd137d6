provider "aws" {
  region = "eu-central-1"
}

resource "aws_db_cluster_snapshot" "before_upgrade" {
  db_cluster_identifier          = "payments"
  db_cluster_snapshot_identifier = "payments-before-16"
}

resource "aws_db_cluster_snapshot" "quarterly" {
  db_cluster_identifier          = "ledger"
  db_cluster_snapshot_identifier = "ledger-2026-q4"
}
