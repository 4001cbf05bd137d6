# expect: aws-memorydb-without-cmk
resource "aws_memorydb_cluster" "sessions" {
  name      = "sessions"
  node_type = "db.r7g.large"
  acl_name  = "sessions-users"
}

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
