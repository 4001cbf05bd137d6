provider "aws" {
  region = "us-east-1"
}

resource "aws_msk_serverless_cluster" "events" {
  cluster_name = "events"

  vpc_config {
    subnet_ids         = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }

  client_authentication {
    sasl {
      iam {
        enabled = true
      }
    }
  }
}

resource "aws_msk_serverless_cluster" "audit" {
  cluster_name = "audit"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }

  client_authentication {
    sasl {
      iam {
        enabled = true
      }
    }
  }
}
