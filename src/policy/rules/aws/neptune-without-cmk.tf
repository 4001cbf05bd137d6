resource "aws_kms_key" "neptune" {
  description         = "Neptune clusters"
  enable_key_rotation = true
}

# expect: aws-neptune-without-cmk
resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine             = "neptune"
  storage_encrypted  = true
}

resource "aws_neptune_cluster" "identity" {
  cluster_identifier = "identity"
  engine             = "neptune"
  storage_encrypted  = true
  kms_key_arn        = aws_kms_key.neptune.arn
}
