resource "aws_kms_key" "memorydb" {
  description         = "MemoryDB data"
  enable_key_rotation = true
}

resource "aws_memorydb_cluster" "carts" {
  name        = "carts"
  node_type   = "db.r7g.large"
  acl_name    = "carts-users"
  kms_key_arn = aws_kms_key.memorydb.arn
}

# expect: aws-memorydb-snapshot-without-cmk
resource "aws_memorydb_snapshot" "before_upgrade" {
  cluster_name = aws_memorydb_cluster.carts.name
  name         = "carts-before-7-1"
}

resource "aws_memorydb_snapshot" "monthly" {
  cluster_name = aws_memorydb_cluster.carts.name
  name         = "carts-monthly"
  kms_key_arn  = aws_kms_key.memorydb.arn
}
