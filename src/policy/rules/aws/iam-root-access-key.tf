resource "aws_iam_user" "root" {
  name = "root"
}

resource "aws_iam_access_key" "bootstrap" {
  # expect: aws-iam-root-access-key
  user = aws_iam_user.root.name
}

resource "aws_iam_access_key" "legacy" {
  # expect: aws-iam-root-access-key
  user = "root"
}

resource "aws_iam_user" "deploy" {
  name = "deploy"
}

resource "aws_iam_access_key" "deploy" {
  user = aws_iam_user.deploy.name
}
