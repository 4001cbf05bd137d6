provider "aws" {
  region = "us-east-1"
}

resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  deployment_mode    = "ACTIVE_STANDBY_MULTI_AZ"

  user {
    username = "orders"
    password = "change-me-please"
  }
}

resource "aws_mq_broker" "dev" {
  broker_name        = "dev"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  storage_type       = "ebs"

  user {
    username = "dev"
    password = "change-me-please"
  }
}

resource "aws_mq_broker" "events" {
  broker_name        = "events"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  deployment_mode    = "CLUSTER_MULTI_AZ"

  user {
    username = "events"
    password = "change-me-please"
  }
}

variable "broker_type" {
  type = string
}

resource "aws_mq_broker" "typed_by_variable" {
  broker_name        = "typed"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = var.broker_type

  user {
    username = "app"
    password = "change-me-please"
  }
}
