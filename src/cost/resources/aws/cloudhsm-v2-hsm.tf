provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudhsm_v2_cluster" "keys" {
  hsm_type   = "hsm1.medium"
  subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_cloudhsm_v2_hsm" "a" {
  cluster_id = aws_cloudhsm_v2_cluster.keys.cluster_id
  subnet_id  = "subnet-0a1b2c3d"
}

resource "aws_cloudhsm_v2_hsm" "b" {
  cluster_id = aws_cloudhsm_v2_cluster.keys.cluster_id
  subnet_id  = "subnet-4e5f6a7b"
}
