resource "aws_iam_role" "ci_deploy" {
  name = "ci-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
    }]
  })
}

resource "aws_iam_role_policy" "ci_deploy" {
  name = "deploy-everything"
  role = aws_iam_role.ci_deploy.id
  # expect: aws-iam-policy-full-admin
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "TemporaryAdmin"
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_policy" "break_glass" {
  name = "break-glass"
  # expect: aws-iam-policy-full-admin
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        { "Effect": "Allow", "Action": ["*:*"], "Resource": ["*"] }
      ]
    }
  EOT
}

resource "aws_iam_policy" "read_only" {
  name = "reports-read"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
    }]
  })
}

resource "aws_iam_policy" "deny_all" {
  name = "quarantine"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Action = "*", Resource = "*" }]
  })
}

data "aws_iam_policy_document" "ops" {
  statement {
    sid = "Everything"
    # expect: aws-iam-policy-full-admin
    actions   = ["*"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "kms_key" {
  statement {
    sid       = "AccountRoot"
    actions   = ["*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
}
