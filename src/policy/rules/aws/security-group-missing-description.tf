# expect: aws-security-group-missing-description
resource "aws_security_group" "cache" {
  name   = "cache"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_security_group" "queue" {
  name   = "queue"
  vpc_id = "vpc-0a1b2c3d"
  # expect: aws-security-group-missing-description
  description = "Managed by Terraform"
}

variable "service" {
  default = "orders"
}

resource "aws_security_group" "db" {
  name        = "${var.service}-db"
  description = "PostgreSQL for the ${var.service} service"
  vpc_id      = "vpc-0a1b2c3d"
}
