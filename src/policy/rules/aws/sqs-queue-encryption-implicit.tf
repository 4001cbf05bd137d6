# expect: aws-sqs-queue-encryption-implicit
resource "aws_sqs_queue" "orders" {
  name                       = "orders"
  visibility_timeout_seconds = 60
}

resource "aws_sqs_queue" "invoices" {
  name                    = "invoices"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "payments" {
  name              = "payments"
  kms_master_key_id = "alias/payments"
}
