resource "aws_memorydb_cluster" "sessions" {
  name       = "sessions"
  node_type  = "db.r7g.large"
  acl_name   = "open-access"
  # expect: aws-memorydb-tls-disabled
  tls_enabled = false
}

resource "aws_memorydb_cluster" "carts" {
  name      = "carts"
  node_type = "db.r7g.large"
  acl_name  = "carts-users"
}
