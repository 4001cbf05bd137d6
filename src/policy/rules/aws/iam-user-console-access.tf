# expect: aws-iam-user-console-access
resource "aws_iam_user" "ana" {
  name = "ana"
}

resource "aws_iam_user_login_profile" "ana" {
  user                    = aws_iam_user.ana.name
  password_reset_required = true
}

resource "aws_iam_user" "deploy" {
  name = "deploy"
}
