resource "aws_nat_gateway" "this" {
  allocation_id = "eipalloc-0a1b2c3d"
  subnet_id     = "subnet-0a1b2c3d"
}
