provider "aws" {
  region = "eu-west-1"
}

resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_vault" "compliance" {
  name          = "compliance"
  force_destroy = false
}
