resource "aws_iam_role" "github_actions" {
  name = "github-actions"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "github_actions" {
  role = aws_iam_role.github_actions.name
  # expect: aws-iam-admin-access-attached
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role_policy_attachment" "github_actions_ecr" {
  role       = aws_iam_role.github_actions.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPowerUser"
}

resource "aws_iam_user_policy_attachment" "alice" {
  user = "alice"
  # expect: aws-iam-admin-access-attached
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = aws_iam_role.github_actions.assume_role_policy
  # expect: aws-iam-admin-access-attached
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}

data "aws_iam_policy" "administrator" {
  name = "AdministratorAccess"
}

resource "aws_iam_group_policy_attachment" "breakglass" {
  group = "breakglass"
  # expect: aws-iam-admin-access-attached
  policy_arn = data.aws_iam_policy.administrator.arn
}
