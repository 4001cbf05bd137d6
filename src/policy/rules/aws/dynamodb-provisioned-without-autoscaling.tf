# expect: aws-dynamodb-provisioned-without-autoscaling
resource "aws_dynamodb_table" "orders" {
  name           = "orders"
  read_capacity  = 50
  write_capacity = 20
  hash_key       = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "carts" {
  name           = "carts"
  billing_mode   = "PROVISIONED"
  read_capacity  = 10
  write_capacity = 10
  hash_key       = "cart_id"

  attribute {
    name = "cart_id"
    type = "S"
  }
}

resource "aws_appautoscaling_target" "carts_read" {
  service_namespace  = "dynamodb"
  resource_id        = "table/${aws_dynamodb_table.carts.name}"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  min_capacity       = 10
  max_capacity       = 200
}

resource "aws_dynamodb_table" "sessions" {
  name           = "sessions"
  # expect: aws-dynamodb-provisioned-without-autoscaling
  billing_mode   = "PROVISIONED"
  read_capacity  = 100
  write_capacity = 100
  hash_key       = "session_id"

  attribute {
    name = "session_id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "events" {
  name         = "events"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "event_id"

  attribute {
    name = "event_id"
    type = "S"
  }
}
