resource "aws_sqs_queue" "uploads" {
  name = "uploads"
}

resource "aws_sqs_queue_policy" "uploads" {
  queue_url = aws_sqs_queue.uploads.id
  # expect: aws-sqs-queue-policy-public
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:us-east-1:123456789012:uploads"
    }]
  })
}

resource "aws_sqs_queue_policy" "from_bucket" {
  queue_url = aws_sqs_queue.uploads.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:us-east-1:123456789012:uploads"
      Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:s3:::uploads-bucket" } }
    }]
  })
}

data "aws_iam_policy_document" "events" {
  statement {
    actions   = ["sqs:SendMessage", "sqs:ReceiveMessage"]
    resources = ["arn:aws:sqs:us-east-1:123456789012:events"]
    # expect: aws-sqs-queue-policy-public
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_sqs_queue" "events" {
  name   = "events"
  policy = data.aws_iam_policy_document.events.json
}

# One document per queue (for_each), each used by its own queue policy
locals {
  tenants = toset(["north", "south"])
}

data "aws_iam_policy_document" "tenant" {
  for_each = local.tenants

  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["arn:aws:sqs:us-east-1:123456789012:${each.key}"]
    # expect: aws-sqs-queue-policy-public
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_sqs_queue" "tenant" {
  for_each = local.tenants
  name     = each.key
}

resource "aws_sqs_queue_policy" "tenant" {
  for_each  = local.tenants
  queue_url = aws_sqs_queue.tenant[each.key].id
  policy    = data.aws_iam_policy_document.tenant[each.key].json
}
