provider "aws" {
  region = "eu-west-2"
}

resource "aws_lightsail_database" "blog" {
  relational_database_name      = "blog"
  availability_zone             = "eu-west-2a"
  master_database_name          = "wordpress"
  master_password               = "SuperSecretPassw0rd"
  master_username               = "admin"
  blueprint_id                  = "mysql_8_0"
  relational_database_bundle_id = "micro_2_0"
}

resource "aws_lightsail_database" "shop" {
  relational_database_name      = "shop"
  availability_zone             = "eu-west-2a"
  master_database_name          = "shop"
  master_password               = "SuperSecretPassw0rd"
  master_username               = "admin"
  blueprint_id                  = "postgres_16"
  relational_database_bundle_id = "medium_ha_2_0"
}
