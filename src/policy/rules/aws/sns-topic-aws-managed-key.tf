resource "aws_sns_topic" "alerts" {
  name = "alerts"
  # expect: aws-sns-topic-aws-managed-key
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_kms_key" "orders" {
  description         = "orders topic"
  enable_key_rotation = true
}

resource "aws_sns_topic" "orders" {
  name              = "orders"
  kms_master_key_id = aws_kms_key.orders.arn
}
