resource "aws_iam_user" "ci" {
  name = "ci"
}

# expect: aws-iam-access-key-created
resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}

# expect: aws-iam-access-key-created
resource "aws_iam_access_key" "smtp" {
  user    = "ses-smtp"
  pgp_key = "keybase:platform_team"
}

resource "aws_iam_access_key" "retired" {
  user   = "old-backup"
  status = "Inactive"
}
