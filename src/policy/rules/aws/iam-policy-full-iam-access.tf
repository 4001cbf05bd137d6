data "aws_iam_policy_document" "platform" {
  statement {
    sid = "ManageIam"
    # expect: aws-iam-policy-full-iam-access
    actions   = ["iam:*"]
    resources = ["arn:aws:iam::123456789012:role/platform/*"]
  }
}

resource "aws_iam_policy" "readonly" {
  name = "readonly"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:Get*", "iam:List*"]
      Resource = "*"
    }]
  })
}

resource "aws_ssoadmin_permission_set_inline_policy" "admins" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef"
  # expect: aws-iam-policy-full-iam-access
  inline_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}
