resource "aws_network_acl" "private" {
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    rule_no    = 100
    action     = "allow"
    cidr_block = "10.0.0.0/16"
    # expect: aws-network-acl-rule-all-protocols
    protocol  = "-1"
    from_port = 0
    to_port   = 0
  }

  egress {
    rule_no    = 100
    action     = "allow"
    cidr_block = "10.0.0.0/16"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
  }
}

resource "aws_network_acl" "public" {
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    rule_no    = 200
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_network_acl_rule" "partner" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 150
  egress         = false
  rule_action    = "allow"
  cidr_block     = "203.0.113.0/24"
  # expect: aws-network-acl-rule-all-protocols
  protocol = "all"
}

resource "aws_network_acl_rule" "https_out" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  protocol       = "tcp"
  from_port      = 443
  to_port        = 443
}
