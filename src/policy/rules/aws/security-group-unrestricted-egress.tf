resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = "vpc-0a1b2c3d"

  ingress {
    description     = "HTTP from the load balancer"
    from_port       = 8080
    to_port         = 8080
    protocol        = "tcp"
    security_groups = ["sg-0lb"]
  }

  egress {
    description = "Anything, anywhere"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    # expect: aws-security-group-unrestricted-egress
    cidr_blocks = ["0.0.0.0/0"]
    # expect: aws-security-group-unrestricted-egress
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "PostgreSQL"
  vpc_id      = "vpc-0a1b2c3d"

  egress {
    description = "Replication inside the VPC"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }
}

resource "aws_security_group_rule" "https_out" {
  type              = "egress"
  security_group_id = aws_security_group.db.id
  description       = "HTTPS to AWS APIs"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  # expect: aws-security-group-unrestricted-egress
  cidr_blocks = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.app.id
  description       = "All outbound"
  ip_protocol       = "-1"
  # expect: aws-security-group-unrestricted-egress
  cidr_ipv4 = "0.0.0.0/0"
}
