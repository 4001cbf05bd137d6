data "aws_iam_policy_document" "deployer" {
  statement {
    sid = "AssumeAnything"
    # expect: aws-iam-policy-credentials-exposure
    actions   = ["sts:AssumeRole"]
    resources = ["*"]
  }

  statement {
    sid       = "AssumeDeploy"
    actions   = ["sts:AssumeRole"]
    resources = ["arn:aws:iam::123456789012:role/deploy-*"]
  }
}

resource "aws_iam_policy" "ecr_login" {
  name = "ecr-login"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ecr:GetAuthorizationToken"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_user_policy" "ops" {
  name = "ops"
  user = "ops"
  # expect: aws-iam-policy-credentials-exposure
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["redshift:GetClusterCredentials", "redshift:DescribeClusters"]
      Resource = "*"
    }]
  })
}
