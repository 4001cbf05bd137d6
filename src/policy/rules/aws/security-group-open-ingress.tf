variable "admin_cidrs" {
  default = ["0.0.0.0/0"]
}

resource "aws_security_group" "bastion" {
  name = "bastion"

  ingress {
    from_port = 22
    to_port   = 22
    protocol  = "tcp"
    # expect: aws-security-group-open-ingress
    cidr_blocks = var.admin_cidrs
  }

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "internal" {
  name = "internal"

  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group_rule" "rdp" {
  type              = "ingress"
  security_group_id = aws_security_group.internal.id
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  # expect: aws-security-group-open-ingress
  ipv6_cidr_blocks = ["::/0"]
}

resource "aws_vpc_security_group_ingress_rule" "everything" {
  security_group_id = aws_security_group.internal.id
  ip_protocol       = "-1"
  # expect: aws-security-group-open-ingress
  cidr_ipv4 = "0.0.0.0/0"
}
