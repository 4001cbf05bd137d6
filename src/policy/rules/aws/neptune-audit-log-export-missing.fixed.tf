# expect: aws-neptune-audit-log-export-missing
resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine             = "neptune"
  storage_encrypted  = true
  enable_cloudwatch_logs_exports = ["audit"]
}

resource "aws_neptune_cluster" "fraud" {
  cluster_identifier = "fraud"
  engine             = "neptune"
  storage_encrypted  = true
  # expect: aws-neptune-audit-log-export-missing
  enable_cloudwatch_logs_exports = ["slowquery"] # slow queries only, for tuning
}

resource "aws_neptune_cluster" "identity" {
  cluster_identifier             = "identity"
  engine                         = "neptune"
  storage_encrypted              = true
  enable_cloudwatch_logs_exports = ["audit", "slowquery"]
}
