# Blocks with zero to three labels, repeated and nested blocks.
terraform {}
locals { a = 1 }
locals {
  b = 2
}
provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "us"
  region = "us-east-1"
}
resource "aws_instance" "web" {
  ami  = "ami-123"
  tags = { Name = "web" }
  ebs_block_device {
    volume_size = 10
  }
  ebs_block_device {
    volume_size = 20
  }
  lifecycle { ignore_changes = [tags] }
}
resource "aws_instance" "db" {}
resource "aws_s3_bucket" "b" {
}
one "a" {}
one "a" {}
three a "b" c {
  x = 1
}
three a "b" d {
  y = 1
}
bare_label x {}
escaped_labels "x\ny" "$${z}" "%%{w}" "\u00e9" {}
dynamic "ingress" {
  for_each = var.rules
  iterator = rule
  content {
    from_port = rule.value.from
    nested {
      deeper {
        deepest = true
      }
    }
  }
}
outer {
  same = 1
  same {
    ignored_by_hcl2json = true
  }
}
one_line { a = 1 }
one_line_label "l" { b = var.c }
__proto__ "x" {}
