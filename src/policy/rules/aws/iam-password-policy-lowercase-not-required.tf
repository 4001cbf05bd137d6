# expect: aws-iam-password-policy-lowercase-not-required
resource "aws_iam_account_password_policy" "default" {
  minimum_password_length      = 14
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
}

resource "aws_iam_account_password_policy" "relaxed" {
  minimum_password_length      = 14
  # expect: aws-iam-password-policy-lowercase-not-required
  require_lowercase_characters = false # the VPN client rejects some passwords
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
}
