resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = "subnet-0public"
}

resource "aws_instance" "vpn" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
  subnet_id     = "subnet-0public"
}

resource "aws_eip" "vpn" {
  domain = "vpc"
}

resource "aws_eip_association" "vpn" {
  instance_id   = aws_instance.vpn.id
  allocation_id = aws_eip.vpn.id
}

resource "aws_eip" "nlb" {
  count  = 2
  domain = "vpc"
}

resource "aws_lb" "ingress" {
  name               = "ingress"
  load_balancer_type = "network"

  subnet_mapping {
    subnet_id     = "subnet-0public-a"
    allocation_id = aws_eip.nlb[0].id
  }

  subnet_mapping {
    subnet_id     = "subnet-0public-b"
    allocation_id = aws_eip.nlb[1].id
  }
}

resource "aws_eip" "bastion" {
  domain   = "vpc"
  instance = aws_instance.vpn.id
}

# left over from the old mail relay
# expect: aws-eip-unattached
resource "aws_eip" "mail" {
  domain = "vpc"
}
