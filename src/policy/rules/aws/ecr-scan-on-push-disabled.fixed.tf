# expect: aws-ecr-scan-on-push-disabled
resource "aws_ecr_repository" "api" {
  name = "api"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "worker" {
  name                 = "worker"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    # expect: aws-ecr-scan-on-push-disabled
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "web" {
  name = "web"

  image_scanning_configuration {
    scan_on_push = true
  }
}
