resource "aws_codebuild_project" "web" {
  name         = "web"
  service_role = "arn:aws:iam::111122223333:role/codebuild-web"

  artifacts {
    type     = "S3"
    location = "build-artifacts-web"
    # expect: aws-codebuild-artifact-encryption-disabled
    encryption_disabled = false # static site, served publicly anyway
  }

  secondary_artifacts {
    type                = "S3"
    location            = "build-artifacts-web"
    artifact_identifier = "sourcemaps"
    # expect: aws-codebuild-artifact-encryption-disabled
    encryption_disabled = false
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/amazonlinux-x86_64-standard:5.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/web.git"
  }
}

resource "aws_codebuild_project" "api" {
  name         = "api"
  service_role = "arn:aws:iam::111122223333:role/codebuild-api"

  artifacts {
    type     = "S3"
    location = "build-artifacts-api"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/amazonlinux-x86_64-standard:5.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/api.git"
  }
}
