resource "aws_sns_topic" "status" {
  name = "status-updates"
}

resource "aws_sns_topic_policy" "status" {
  arn = aws_sns_topic.status.arn
  # expect: aws-sns-topic-policy-public
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyoneSubscribe"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["SNS:Subscribe", "SNS:Receive"]
      Resource  = "arn:aws:sns:us-east-1:123456789012:status-updates"
    }]
  })
}

resource "aws_sns_topic_policy" "alarms" {
  arn = "arn:aws:sns:us-east-1:123456789012:alarms"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "SNS:Publish"
      Resource  = "arn:aws:sns:us-east-1:123456789012:alarms"
      Condition = { StringEquals = { "AWS:SourceOwner" = "123456789012" } }
    }]
  })
}
