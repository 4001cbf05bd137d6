resource "aws_sqs_queue" "orders" {
  name = "orders"
  # expect: aws-sqs-queue-aws-managed-key
  kms_master_key_id = "alias/aws/sqs"
}

resource "aws_kms_key" "payments" {
  description         = "payments queue"
  enable_key_rotation = true
}

resource "aws_sqs_queue" "payments" {
  name              = "payments"
  kms_master_key_id = aws_kms_key.payments.arn
}
