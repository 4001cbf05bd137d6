resource "aws_iam_user" "deployer" {
  name = "legacy-deployer"
}

# expect: aws-iam-user-attached-policy
resource "aws_iam_user_policy_attachment" "deployer" {
  user       = aws_iam_user.deployer.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPowerUser"
}

resource "aws_iam_policy_attachment" "readonly" {
  name       = "readonly"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
  groups     = ["auditors"]
  # expect: aws-iam-user-attached-policy
  users = ["alice", "bob"]
}

resource "aws_iam_policy_attachment" "roles_only" {
  name       = "ssm"
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
  roles      = ["web", "worker"]
}
