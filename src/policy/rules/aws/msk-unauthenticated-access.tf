# expect: aws-msk-unauthenticated-access
resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788", "subnet-0123456789abcdef0"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}

resource "aws_msk_cluster" "audit" {
  cluster_name           = "audit"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788", "subnet-0123456789abcdef0"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  client_authentication {
    # expect: aws-msk-unauthenticated-access
    unauthenticated = true # during the migration to IAM

    sasl {
      iam = true
    }
  }
}

resource "aws_msk_cluster" "metrics" {
  cluster_name           = "metrics"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788", "subnet-0123456789abcdef0"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  client_authentication {
    sasl {
      iam = true
    }
  }
}
