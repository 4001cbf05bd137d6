provider "aws" {
  region = "us-east-1"
}

resource "aws_glue_catalog_database" "analytics" {
  name = "analytics"
}

resource "aws_glue_catalog_database" "scratch" {
  name = "scratch"
}
