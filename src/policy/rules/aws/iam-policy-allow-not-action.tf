resource "aws_iam_policy" "power_user" {
  name = "power-user"
  # expect: aws-iam-policy-allow-not-action
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      NotAction = ["iam:*", "organizations:*"]
      Resource  = "*"
    }]
  })
}

resource "aws_iam_policy" "deny_outside_regions" {
  name = "region-guard"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      NotAction = ["iam:*", "sts:*", "cloudfront:*"]
      Resource  = "*"
      Condition = { StringNotEquals = { "aws:RequestedRegion" = ["eu-west-1"] } }
    }]
  })
}

data "aws_iam_policy_document" "support" {
  statement {
    effect = "Allow"
    # expect: aws-iam-policy-allow-not-action
    not_actions = ["iam:*"]
    resources   = ["*"]
  }
}
