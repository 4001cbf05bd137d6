resource "aws_iam_user" "ana" {
  name = "ana"
}

resource "aws_iam_user" "ben" {
  name = "ben"
}

# expect: aws-iam-group-without-users
resource "aws_iam_group" "contractors" {
  name = "contractors"
}

resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_group_membership" "developers" {
  name  = "developers"
  group = aws_iam_group.developers.name
  users = [aws_iam_user.ana.name, aws_iam_user.ben.name]
}

resource "aws_iam_group" "oncall" {
  name = "oncall"
}

resource "aws_iam_user_group_membership" "ben" {
  user   = aws_iam_user.ben.name
  groups = [aws_iam_group.oncall.name]
}
