data "aws_iam_policy_document" "reports" {
  statement {
    sid = "ReadReports"
    # expect: aws-iam-policy-data-exfiltration
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = ["*"]
  }

  statement {
    sid       = "ReadConfig"
    actions   = ["ssm:GetParameter"]
    resources = ["arn:aws:ssm:us-east-1:123456789012:parameter/reports/*"]
  }
}

resource "aws_iam_role_policy" "app" {
  name = "app"
  role = "app"
  # expect: aws-iam-policy-data-exfiltration
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "secretsmanager:*"
      Resource = "*"
    }]
  })
}

resource "aws_iam_policy" "scoped" {
  name = "scoped"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["secretsmanager:GetSecretValue"]
      Resource = "arn:aws:secretsmanager:us-east-1:123456789012:secret:app/*"
    }]
  })
}
