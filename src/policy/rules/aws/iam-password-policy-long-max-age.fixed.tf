# expect: aws-iam-password-policy-long-max-age
resource "aws_iam_account_password_policy" "default" {
  minimum_password_length = 14
  max_password_age = 90
}

resource "aws_iam_account_password_policy" "yearly" {
  minimum_password_length = 14
  # expect: aws-iam-password-policy-long-max-age
  max_password_age = 90
}

resource "aws_iam_account_password_policy" "quarterly" {
  minimum_password_length = 14
  max_password_age        = 90
}
