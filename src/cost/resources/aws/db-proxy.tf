provider "aws" {
  region = "us-east-1"
}

resource "aws_db_proxy" "app" {
  name           = "app"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = "arn:aws:secretsmanager:us-east-1:123456789012:secret:app-db"
  }
}

resource "aws_db_proxy" "reporting" {
  name           = "reporting"
  engine_family  = "MYSQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  auth {
    auth_scheme = "SECRETS"
    secret_arn  = "arn:aws:secretsmanager:us-east-1:123456789012:secret:reporting-db"
  }
}
