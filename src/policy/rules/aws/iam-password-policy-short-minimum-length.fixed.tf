# expect: aws-iam-password-policy-short-minimum-length
resource "aws_iam_account_password_policy" "default" {
  require_lowercase_characters = true
  require_uppercase_characters = true
  minimum_password_length = 14
}

resource "aws_iam_account_password_policy" "legacy" {
  # expect: aws-iam-password-policy-short-minimum-length
  minimum_password_length = 14 # agreed with the helpdesk in 2019
  require_numbers         = true
}

variable "min_length" {
  default = 10
}

resource "aws_iam_account_password_policy" "from_variable" {
  # expect: aws-iam-password-policy-short-minimum-length
  minimum_password_length = var.min_length
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length = 16
}
