resource "aws_glacier_vault" "records" {
  name = "records"
  # expect: aws-glacier-vault-policy-public
  access_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "read"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["glacier:InitiateJob", "glacier:GetJobOutput"]
      Resource  = "arn:aws:glacier:us-east-1:123456789012:vaults/records"
    }]
  })
}

data "aws_iam_policy_document" "archive" {
  statement {
    sid     = "org"
    actions = ["glacier:InitiateJob", "glacier:GetJobOutput"]
    resources = ["arn:aws:glacier:us-east-1:123456789012:vaults/archive"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-abc123"]
    }
  }
}

resource "aws_glacier_vault" "archive" {
  name          = "archive"
  access_policy = data.aws_iam_policy_document.archive.json
}

data "aws_iam_policy_document" "backups" {
  statement {
    actions   = ["glacier:DeleteArchive"]
    resources = ["arn:aws:glacier:us-east-1:123456789012:vaults/backups"]

    # expect: aws-glacier-vault-policy-public
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_glacier_vault" "backups" {
  name          = "backups"
  access_policy = data.aws_iam_policy_document.backups.json
}
