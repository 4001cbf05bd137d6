resource "aws_mq_broker" "demo" {
  broker_name        = "demo"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  # expect: aws-mq-broker-publicly-accessible
  publicly_accessible = true # partner demo, to be removed

  user {
    username = "demo_app"
    password = "replace-with-a-secret-reference"
  }
}

resource "aws_mq_broker" "orders" {
  broker_name         = "orders"
  engine_type         = "ActiveMQ"
  engine_version      = "5.18"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = false
  subnet_ids          = ["subnet-0a1b2c3d4e5f60718"]
  security_groups     = ["sg-0123456789abcdef0"]

  user {
    username = "orders_app"
    password = "replace-with-a-secret-reference"
  }
}
