provider "aws" {
  region = "us-east-1"
}

resource "aws_memorydb_snapshot" "before_upgrade" {
  cluster_name = "sessions"
  name         = "sessions-before-upgrade"
}
