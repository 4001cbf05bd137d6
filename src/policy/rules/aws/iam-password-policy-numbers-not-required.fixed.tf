# expect: aws-iam-password-policy-numbers-not-required
resource "aws_iam_account_password_policy" "default" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_symbols              = true
  require_numbers = true
}

resource "aws_iam_account_password_policy" "relaxed" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  # expect: aws-iam-password-policy-numbers-not-required
  require_numbers              = true # the VPN client rejects some passwords
  require_symbols              = true
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
}
