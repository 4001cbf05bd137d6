# expect: aws-mq-audit-logs-disabled
resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"

  user {
    username = "orders_app"
    password = "replace-with-a-secret-reference"
  }
}

resource "aws_mq_broker" "billing" {
  broker_name        = "billing"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"

  user {
    username = "billing_app"
    password = "replace-with-a-secret-reference"
  }

  logs {
    general = true
    # expect: aws-mq-audit-logs-disabled
    audit = false # the audit log was noisy during the migration
  }
}

resource "aws_mq_broker" "payments" {
  broker_name        = "payments"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"

  user {
    username = "payments_app"
    password = "replace-with-a-secret-reference"
  }

  logs {
    audit   = true
    general = true
  }
}

# RabbitMQ has no audit log
resource "aws_mq_broker" "notifications" {
  broker_name        = "notifications"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"

  user {
    username = "notifications_app"
    password = "replace-with-a-secret-reference"
  }

  logs {
    general = true
  }
}
