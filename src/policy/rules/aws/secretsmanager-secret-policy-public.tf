resource "aws_secretsmanager_secret" "db" {
  name = "prod/db/password"
}

resource "aws_secretsmanager_secret_policy" "db" {
  secret_arn = aws_secretsmanager_secret.db.arn
  # expect: aws-secretsmanager-secret-policy-public
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}

# Anyone, but only from inside the organization: a condition narrows it
resource "aws_secretsmanager_secret" "shared" {
  name = "org/shared/api-key"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }
    }]
  })
}

# The legacy inline policy argument, as a heredoc
resource "aws_secretsmanager_secret" "legacy" {
  name = "legacy/token"
  # expect: aws-secretsmanager-secret-policy-public
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"AWS": "*"},
    "Action": "secretsmanager:*",
    "Resource": "*"
  }]
}
POLICY
}

data "aws_iam_policy_document" "reader" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/app"]
    }
  }
}

resource "aws_secretsmanager_secret_policy" "app" {
  secret_arn = aws_secretsmanager_secret.shared.arn
  policy     = data.aws_iam_policy_document.reader.json
}
