provider "aws" {
  region = "us-east-1"
}

resource "aws_mskconnect_connector" "s3_sink" {
  name                 = "s3-sink"
  kafkaconnect_version = "2.7.1"
  service_execution_role_arn = "arn:aws:iam::123456789012:role/msk-connect"

  capacity {
    autoscaling {
      mcu_count        = 2
      min_worker_count = 1
      max_worker_count = 4

      scale_in_policy {
        cpu_utilization_percentage = 20
      }

      scale_out_policy {
        cpu_utilization_percentage = 80
      }
    }
  }

  connector_configuration = {
    "connector.class" = "io.confluent.connect.s3.S3SinkConnector"
    "tasks.max"       = "2"
    "topics"          = "orders"
  }

  kafka_cluster {
    apache_kafka_cluster {
      bootstrap_servers = "b-1.example.kafka.us-east-1.amazonaws.com:9098"

      vpc {
        security_groups = ["sg-0a1b2c3d"]
        subnets         = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
      }
    }
  }

  kafka_cluster_client_authentication {
    authentication_type = "IAM"
  }

  kafka_cluster_encryption_in_transit {
    encryption_type = "TLS"
  }

  plugin {
    custom_plugin {
      arn      = "arn:aws:kafkaconnect:us-east-1:123456789012:custom-plugin/s3-sink/0a1b2c3d"
      revision = 1
    }
  }
}

resource "aws_mskconnect_connector" "debezium" {
  name                 = "debezium"
  kafkaconnect_version = "2.7.1"
  service_execution_role_arn = "arn:aws:iam::123456789012:role/msk-connect"

  capacity {
    provisioned_capacity {
      mcu_count    = 4
      worker_count = 2
    }
  }

  connector_configuration = {
    "connector.class" = "io.debezium.connector.postgresql.PostgresConnector"
  }

  kafka_cluster {
    apache_kafka_cluster {
      bootstrap_servers = "b-1.example.kafka.us-east-1.amazonaws.com:9098"

      vpc {
        security_groups = ["sg-0a1b2c3d"]
        subnets         = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
      }
    }
  }

  kafka_cluster_client_authentication {
    authentication_type = "IAM"
  }

  kafka_cluster_encryption_in_transit {
    encryption_type = "TLS"
  }

  plugin {
    custom_plugin {
      arn      = "arn:aws:kafkaconnect:us-east-1:123456789012:custom-plugin/debezium/4e5f6a7b"
      revision = 1
    }
  }
}
