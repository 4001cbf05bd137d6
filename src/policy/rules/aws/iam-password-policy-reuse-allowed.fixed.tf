# expect: aws-iam-password-policy-reuse-allowed
resource "aws_iam_account_password_policy" "default" {
  minimum_password_length = 14
  password_reuse_prevention = 24
}

resource "aws_iam_account_password_policy" "short_memory" {
  minimum_password_length = 14
  # expect: aws-iam-password-policy-reuse-allowed
  password_reuse_prevention = 24
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
}
