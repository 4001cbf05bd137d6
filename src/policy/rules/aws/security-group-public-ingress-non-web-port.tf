variable "public_cidrs" {
  default = ["0.0.0.0/0"]
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "Public web servers"
  vpc_id      = "vpc-0a1b2c3d"

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "HTTP, redirected to HTTPS"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = var.public_cidrs
  }

  ingress {
    description = "Node app, temporarily"
    from_port   = 3000
    to_port     = 3000
    protocol    = "tcp"
    # expect: aws-security-group-public-ingress-non-web-port
    cidr_blocks = var.public_cidrs
  }

  ingress {
    description = "SSH, reported by aws-security-group-open-ingress"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "internal" {
  name        = "internal"
  description = "Internal services"
  vpc_id      = "vpc-0a1b2c3d"

  ingress {
    description = "Consul from the VPC"
    from_port   = 8500
    to_port     = 8500
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group_rule" "game" {
  type              = "ingress"
  security_group_id = aws_security_group.internal.id
  description       = "Game servers"
  from_port         = 7000
  to_port           = 7100
  protocol          = "udp"
  # expect: aws-security-group-public-ingress-non-web-port
  ipv6_cidr_blocks = ["::/0"]
}

resource "aws_vpc_security_group_ingress_rule" "grafana" {
  security_group_id = aws_security_group.internal.id
  description       = "Grafana"
  ip_protocol       = "tcp"
  from_port         = 3000
  to_port           = 3000
  # expect: aws-security-group-public-ingress-non-web-port
  cidr_ipv4 = "0.0.0.0/0"
}
