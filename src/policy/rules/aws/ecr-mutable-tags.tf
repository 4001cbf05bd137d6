# expect: aws-ecr-mutable-tags
resource "aws_ecr_repository" "api" {
  name = "api"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "tools" {
  name = "tools"
  # expect: aws-ecr-mutable-tags
  image_tag_mutability = "MUTABLE" # "latest" is re-pushed nightly
}

resource "aws_ecr_repository" "releases" {
  name                 = "releases"
  image_tag_mutability = "IMMUTABLE"
}
