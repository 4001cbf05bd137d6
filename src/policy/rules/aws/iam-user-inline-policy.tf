resource "aws_iam_user" "reporting" {
  name = "reporting-bot"
}

# expect: aws-iam-user-inline-policy
resource "aws_iam_user_policy" "reporting" {
  name = "read-reports"
  user = aws_iam_user.reporting.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::reports/*" }]
  })
}

resource "aws_iam_group_policy" "analysts" {
  name  = "read-reports"
  group = "analysts"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::reports/*" }]
  })
}

resource "aws_iam_user_policy" "quarantine" {
  name = "quarantine-leaked-key"
  user = "legacy-deployer"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Action = "*", Resource = "*" }]
  })
}
