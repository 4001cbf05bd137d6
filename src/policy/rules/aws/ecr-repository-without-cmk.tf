# expect: aws-ecr-repository-without-cmk
resource "aws_ecr_repository" "web" {
  name                 = "web"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    # expect: aws-ecr-repository-without-cmk
    encryption_type = "KMS"
  }
}

resource "aws_kms_key" "images" {
  description         = "container images"
  enable_key_rotation = true
}

resource "aws_ecr_repository" "payments" {
  name                 = "payments"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.images.arn
  }
}
