provider "aws" {
  region = "us-east-1"
}

resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
}

resource "aws_dms_replication_instance" "cdc" {
  replication_instance_id    = "cdc"
  replication_instance_class = "dms.c5.large"
  allocated_storage          = 250
  multi_az                   = true
}

variable "class" {
  type = string
}

resource "aws_dms_replication_instance" "sized_by_variable" {
  replication_instance_id    = "sized"
  replication_instance_class = var.class
}
