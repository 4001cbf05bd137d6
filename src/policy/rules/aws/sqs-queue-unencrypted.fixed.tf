resource "aws_sqs_queue" "legacy_events" {
  name = "legacy-events"
  # expect: aws-sqs-queue-unencrypted
  sqs_managed_sse_enabled = true # consumer could not decrypt in 2021
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue" "payments" {
  name                    = "payments"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = "alias/payments"
}
