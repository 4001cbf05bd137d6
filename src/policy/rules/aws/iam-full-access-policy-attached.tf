data "aws_iam_policy" "iam_full_access" {
  name = "IAMFullAccess"
}

resource "aws_iam_role" "platform" {
  name = "platform"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
}

resource "aws_iam_role_policy_attachment" "platform" {
  role = aws_iam_role.platform.name
  # expect: aws-iam-full-access-policy-attached
  policy_arn = data.aws_iam_policy.iam_full_access.arn
}

resource "aws_iam_group_policy_attachment" "admins" {
  group = "admins"
  # expect: aws-iam-full-access-policy-attached
  policy_arn = "arn:aws:iam::aws:policy/IAMFullAccess"
}

resource "aws_iam_role_policy_attachment" "readonly" {
  role       = aws_iam_role.platform.name
  policy_arn = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"
}
