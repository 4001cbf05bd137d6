provider "aws" {
  region = "us-east-1"
}

resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]

    storage_info {
      ebs_storage_info {
        volume_size = 500
      }
    }
  }
}

resource "aws_msk_cluster" "dev" {
  cluster_name           = "dev"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 2

  broker_node_group_info {
    instance_type   = "kafka.t3.small"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}

resource "aws_msk_cluster" "express" {
  cluster_name           = "express"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "express.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}

variable "broker_type" {
  type = string
}

resource "aws_msk_cluster" "typed_by_variable" {
  cluster_name           = "typed"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = var.broker_type
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}

# provisioned storage throughput above the broker's baseline: listed, not priced (no rate in the price data)
resource "aws_msk_cluster" "throughput" {
  cluster_name           = "throughput"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.4xlarge"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]

    storage_info {
      ebs_storage_info {
        volume_size = 2000

        provisioned_throughput {
          enabled           = true
          volume_throughput = 500
        }
      }
    }
  }
}
