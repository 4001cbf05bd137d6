data "aws_iam_policy_document" "deployer" {
  statement {
    sid = "PassAnything"
    # expect: aws-iam-passrole-any-resource
    actions   = ["iam:PassRole", "lambda:UpdateFunctionConfiguration"]
    resources = ["*"]
  }

  statement {
    sid       = "PassToEcs"
    actions   = ["iam:PassRole"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "scoped" {
  statement {
    actions   = ["iam:PassRole"]
    resources = ["arn:aws:iam::123456789012:role/app-*"]
  }
}

resource "aws_iam_user_policy" "builder" {
  name = "builder"
  user = "build-bot"
  # expect: aws-iam-passrole-any-resource
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ec2:RunInstances", "iam:Pass*"]
      Resource = "*"
    }]
  })
}
