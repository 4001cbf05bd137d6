resource "aws_security_group" "web" {
  name        = "web"
  description = "Public web servers"
  vpc_id      = "vpc-0a1b2c3d"

  ingress {
    description = "HTTPS from anywhere"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # expect: aws-security-group-rule-missing-description
  ingress {
    from_port   = 8080
    to_port     = 8080
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  egress {
    description = "HTTPS out"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

# expect: aws-security-group-rule-missing-description
resource "aws_security_group_rule" "metrics" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  from_port         = 9100
  to_port           = 9100
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  description       = "SSH from the VPN"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["10.8.0.0/16"]
}

resource "aws_vpc_security_group_egress_rule" "dns" {
  security_group_id = aws_security_group.web.id
  # expect: aws-security-group-rule-missing-description
  description = ""
  ip_protocol = "udp"
  from_port   = 53
  to_port     = 53
  cidr_ipv4   = "10.0.0.2/32"
}
