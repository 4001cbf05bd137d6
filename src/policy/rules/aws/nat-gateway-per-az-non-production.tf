variable "environment" {
  default = "dev"
}

variable "public_subnet_ids" {
  default = ["subnet-0pub1", "subnet-0pub2", "subnet-0pub3"]
}

resource "aws_eip" "nat" {
  count  = 3
  domain = "vpc"
}

# expect: aws-nat-gateway-per-az-non-production
resource "aws_nat_gateway" "per_az" {
  count         = 3
  allocation_id = aws_eip.nat[count.index].id
  subnet_id     = var.public_subnet_ids[count.index]

  tags = {
    Name        = "nat-${count.index}"
    Environment = var.environment
  }
}

resource "aws_nat_gateway" "private_link" {
  connectivity_type = "private"
  subnet_id         = "subnet-0priv1"

  tags = {
    Environment = var.environment
  }
}
