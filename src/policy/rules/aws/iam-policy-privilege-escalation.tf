data "aws_iam_policy_document" "deployer" {
  statement {
    sid = "Deploy"
    # expect: aws-iam-policy-privilege-escalation
    actions   = ["iam:PassRole", "ec2:RunInstances", "ec2:Describe*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "ci" {
  name = "ci"
  # expect: aws-iam-policy-privilege-escalation
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:Create*", "iam:Get*"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_role_policy" "functions" {
  name = "functions"
  role = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["lambda:UpdateFunctionCode"]
        Resource = "arn:aws:lambda:us-east-1:123456789012:function:app-*"
      },
      {
        Effect   = "Allow"
        Action   = ["iam:PassRole"]
        Resource = "*"
        Condition = { StringEquals = { "iam:PassedToService" = "lambda.amazonaws.com" } }
      },
    ]
  })
}

data "aws_iam_policy_document" "reader" {
  statement {
    actions   = ["ec2:Describe*", "iam:Get*", "iam:List*"]
    resources = ["*"]
  }
}
