# expect: aws-iam-password-policy-symbols-not-required
resource "aws_iam_account_password_policy" "default" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols = true
}

resource "aws_iam_account_password_policy" "relaxed" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  # expect: aws-iam-password-policy-symbols-not-required
  require_symbols              = true # the VPN client rejects some passwords
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
}
