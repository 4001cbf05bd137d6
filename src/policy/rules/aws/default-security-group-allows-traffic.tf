resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "main" {
  vpc_id = aws_vpc.main.id

  # expect: aws-default-security-group-allows-traffic
  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }

  # expect: aws-default-security-group-allows-traffic
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc" "isolated" {
  cidr_block = "10.1.0.0/16"
}

# no rules: Terraform removes AWS's default ones
resource "aws_default_security_group" "isolated" {
  vpc_id = aws_vpc.isolated.id
}
