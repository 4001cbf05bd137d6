data "aws_iam_policy_document" "app" {
  statement {
    sid = "Uploads"
    # expect: aws-iam-policy-wildcard-action
    actions   = ["s3:*"]
    resources = ["*"]
  }

  statement {
    sid       = "Queue"
    actions   = ["sqs:*"]
    resources = ["arn:aws:sqs:us-east-1:123456789012:jobs"]
  }

  statement {
    sid       = "Describe"
    actions   = ["ec2:Describe*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "worker" {
  name = "worker"
  role = "worker"
  # expect: aws-iam-policy-wildcard-action
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "arn:aws:dynamodb:us-east-1:123456789012:table/orders"
    }]
  })
}

resource "aws_iam_group_policy" "analysts" {
  name  = "analysts"
  group = "analysts"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["athena:StartQueryExecution", "athena:GetQueryResults"]
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "key_policy" {
  statement {
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
}
