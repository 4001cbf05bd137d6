resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  # expect: aws-sqs-queue-policy-wildcard-action
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/worker" }
      Action    = "sqs:*"
      Resource  = "arn:aws:sqs:us-east-1:123456789012:jobs"
    }]
  })
}

resource "aws_sqs_queue_policy" "results" {
  queue_url = "https://sqs.us-east-1.amazonaws.com/123456789012/results"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/worker" }
      Action    = ["sqs:SendMessage"]
      Resource  = "arn:aws:sqs:us-east-1:123456789012:results"
    }]
  })
}
