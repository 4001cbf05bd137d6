resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  allow_users_to_change_password = true
  max_password_age               = 90
  # expect: aws-iam-password-policy-reuse-under-five
  password_reuse_prevention = 3
}

# expect: aws-iam-password-policy-reuse-under-five
resource "aws_iam_account_password_policy" "default" {
  minimum_password_length = 14
}

resource "aws_iam_account_password_policy" "trivy_minimum" {
  minimum_password_length   = 14
  password_reuse_prevention = 5
}
