resource "aws_ecr_repository" "base_images" {
  name                 = "base-images"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository_policy" "base_images" {
  repository = aws_ecr_repository.base_images.name
  # expect: aws-ecr-repository-policy-public
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PullFromAnywhere"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability"]
    }]
  })
}

data "aws_iam_policy_document" "org_pull" {
  statement {
    actions = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

resource "aws_ecr_repository_policy" "org" {
  repository = "shared-tools"
  policy     = data.aws_iam_policy_document.org_pull.json
}
