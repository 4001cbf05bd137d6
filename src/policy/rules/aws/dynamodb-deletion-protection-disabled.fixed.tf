# expect: aws-dynamodb-deletion-protection-disabled
resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "order_id"
  deletion_protection_enabled = true

  attribute {
    name = "order_id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "carts" {
  name         = "carts"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "cart_id"
  # expect: aws-dynamodb-deletion-protection-disabled
  deletion_protection_enabled = true

  attribute {
    name = "cart_id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "payments" {
  name                        = "payments"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "payment_id"
  deletion_protection_enabled = true

  attribute {
    name = "payment_id"
    type = "S"
  }
}
