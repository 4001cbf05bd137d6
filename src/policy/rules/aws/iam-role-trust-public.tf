resource "aws_iam_role" "partner_access" {
  name = "partner-access"
  # expect: aws-iam-role-trust-public
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
    }]
  })
}

resource "aws_iam_role" "vendor_access" {
  name = "vendor-access"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
      Condition = { StringEquals = { "sts:ExternalId" = "c0ffee-4d1e" } }
    }]
  })
}

resource "aws_iam_role" "lambda" {
  name = "orders-lambda"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

data "aws_iam_policy_document" "open_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    # expect: aws-iam-role-trust-public
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_iam_role" "shared" {
  name               = "shared-reader"
  assume_role_policy = data.aws_iam_policy_document.open_trust.json
}

data "aws_iam_policy_document" "public_bucket" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::public-assets/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}
