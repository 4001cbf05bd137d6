provider "aws" {
  region = "us-east-1"
}

# On-demand, with point-in-time recovery and a replica in another region
resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  replica {
    region_name = "eu-west-1"
  }
}

# Provisioned capacity (the default billing mode)
resource "aws_dynamodb_table" "orders" {
  name           = "orders"
  read_capacity  = 100
  write_capacity = 50
  hash_key       = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }
}

# Standard-Infrequent Access, on-demand
resource "aws_dynamodb_table" "audit" {
  name         = "audit"
  billing_mode = "PAY_PER_REQUEST"
  table_class  = "STANDARD_INFREQUENT_ACCESS"
  hash_key     = "event_id"

  attribute {
    name = "event_id"
    type = "S"
  }
}

variable "write_capacity" {
  type = number
}

resource "aws_dynamodb_table" "tuned" {
  name           = "tuned"
  billing_mode   = "PROVISIONED"
  read_capacity  = 20
  write_capacity = var.write_capacity
  hash_key       = "id"

  attribute {
    name = "id"
    type = "S"
  }
}
