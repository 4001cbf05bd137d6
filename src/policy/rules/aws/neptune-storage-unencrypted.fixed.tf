# expect: aws-neptune-storage-unencrypted
resource "aws_neptune_cluster" "graph" {
  cluster_identifier             = "graph"
  engine                         = "neptune"
  enable_cloudwatch_logs_exports = ["audit"]
  storage_encrypted = true
}

resource "aws_neptune_cluster" "fraud" {
  cluster_identifier             = "fraud"
  engine                         = "neptune"
  enable_cloudwatch_logs_exports = ["audit"]
  # expect: aws-neptune-storage-unencrypted
  storage_encrypted = true
}

resource "aws_neptune_cluster" "identity" {
  cluster_identifier             = "identity"
  engine                         = "neptune"
  enable_cloudwatch_logs_exports = ["audit"]
  storage_encrypted              = true
}
