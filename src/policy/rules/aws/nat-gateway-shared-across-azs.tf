locals {
  zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  count             = 3
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.${count.index}.0/24"
  availability_zone = local.zones[count.index]
}

resource "aws_subnet" "private" {
  count             = 3
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.${count.index + 10}.0/24"
  availability_zone = local.zones[count.index]
}

resource "aws_eip" "nat" {
  domain = "vpc"
}

# expect: aws-nat-gateway-shared-across-azs
resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public[0].id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.main.id
  }
}

resource "aws_route_table_association" "private" {
  count          = 3
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private.id
}

# the data VPC: one NAT gateway per zone
resource "aws_vpc" "data" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "data_public" {
  count             = 2
  vpc_id            = aws_vpc.data.id
  cidr_block        = "10.1.${count.index}.0/24"
  availability_zone = local.zones[count.index]
}

resource "aws_subnet" "data_private" {
  count             = 2
  vpc_id            = aws_vpc.data.id
  cidr_block        = "10.1.${count.index + 10}.0/24"
  availability_zone = local.zones[count.index]
}

resource "aws_eip" "data_nat" {
  count  = 2
  domain = "vpc"
}

resource "aws_nat_gateway" "data" {
  count         = 2
  allocation_id = aws_eip.data_nat[count.index].id
  subnet_id     = aws_subnet.data_public[count.index].id
}

resource "aws_route_table" "data_private" {
  count  = 2
  vpc_id = aws_vpc.data.id
}

resource "aws_route" "data_nat" {
  count                  = 2
  route_table_id         = aws_route_table.data_private[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.data[count.index].id
}

resource "aws_route_table_association" "data_private" {
  count          = 2
  subnet_id      = aws_subnet.data_private[count.index].id
  route_table_id = aws_route_table.data_private[count.index].id
}
