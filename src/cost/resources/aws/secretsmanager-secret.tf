provider "aws" {
  region = "us-east-2"
}

resource "aws_secretsmanager_secret" "db_password" {
  name                    = "prod/db/password"
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret" "api_keys" {
  name = "prod/api-keys"

  replica {
    region = "us-west-2"
  }

  replica {
    region = "eu-west-1"
  }
}

variable "dr_regions" {
  type = list(string)
}

resource "aws_secretsmanager_secret" "tokens" {
  name = "prod/tokens"

  dynamic "replica" {
    for_each = var.dr_regions
    content {
      region = replica.value
    }
  }
}
