# expect: aws-iam-password-policy-weak-complexity
resource "aws_iam_account_password_policy" "default" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_numbers              = true
  require_uppercase_characters = true
  require_symbols = true
}

resource "aws_iam_account_password_policy" "no_symbols" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  # expect: aws-iam-password-policy-weak-complexity
  require_symbols = true # the VPN client rejects some symbols
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
}
