resource "aws_iam_role" "analyst" {
  name = "analyst"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:role/sso-analyst" } }]
  })
  # expect: aws-iam-role-long-session
  max_session_duration = 43200
}

resource "aws_iam_role" "deploy" {
  name = "deploy"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:role/ci" } }]
  })
  max_session_duration = 3600
}
