resource "aws_s3_bucket" "assets" {
  bucket = "acme-web-assets"
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  # expect: aws-s3-bucket-policy-public-principal
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "PublicRead"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.assets.arn}/*"
      },
    ]
  })
}

resource "aws_s3_bucket_policy" "legacy_heredoc" {
  bucket = "acme-downloads"
  # expect: aws-s3-bucket-policy-public-principal
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "AWS": "*" },
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::acme-downloads", "arn:aws:s3:::acme-downloads/*"]
    }
  ]
}
POLICY
}

# Allow to anyone, but only through the VPC endpoint
resource "aws_s3_bucket_policy" "internal" {
  bucket = "acme-internal-artifacts"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::acme-internal-artifacts/*"
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0a1b2c3d4e5f67890" } }
    }]
  })
}

data "aws_iam_policy_document" "partner" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::acme-partner-inbox/*"]

    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "partner" {
  bucket = "acme-partner-inbox"
  # expect: aws-s3-bucket-policy-public-principal
  policy = data.aws_iam_policy_document.partner.json
}

data "aws_iam_policy_document" "cloudfront" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme-cdn-origin/*"]

    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }
  }
}

resource "aws_s3_bucket_policy" "cdn" {
  bucket = "acme-cdn-origin"
  policy = data.aws_iam_policy_document.cloudfront.json
}

# A condition on the transport does not limit who: still anyone
resource "aws_s3_bucket_policy" "reports" {
  bucket = "acme-public-reports"
  # expect: aws-s3-bucket-policy-public-principal
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject"]
      Resource  = "arn:aws:s3:::acme-public-reports/*"
      Condition = { Bool = { "aws:SecureTransport" = "true" } }
    }]
  })
}

# An effect left null (a module's optional input) is the default: Allow
variable "statement_effect" {
  type    = string
  default = null
}

data "aws_iam_policy_document" "downloads" {
  statement {
    effect    = var.statement_effect
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme-downloads/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "downloads" {
  bucket = "acme-downloads"
  # expect: aws-s3-bucket-policy-public-principal
  policy = data.aws_iam_policy_document.downloads.json
}

# One document per bucket (for_each), read through its key
data "aws_iam_policy_document" "site" {
  for_each = toset(["docs", "blog"])

  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme-${each.key}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "site" {
  for_each = toset(["docs", "blog"])
  bucket   = "acme-${each.key}"
  # expect: aws-s3-bucket-policy-public-principal
  policy = data.aws_iam_policy_document.site[each.key].json
}
