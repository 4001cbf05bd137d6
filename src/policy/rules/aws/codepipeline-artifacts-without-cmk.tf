resource "aws_kms_key" "pipeline" {
  description         = "pipeline artifacts"
  enable_key_rotation = true
}

resource "aws_codepipeline" "web" {
  name     = "web"
  role_arn = "arn:aws:iam::123456789012:role/codepipeline"

  # expect: aws-codepipeline-artifacts-without-cmk
  artifact_store {
    location = "acme-pipeline-artifacts"
    type     = "S3"
  }

  stage {
    name = "Source"
    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeStarSourceConnection"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        ConnectionArn    = "arn:aws:codestar-connections:us-east-1:123456789012:connection/abc"
        FullRepositoryId = "acme/web"
        BranchName       = "main"
      }
    }
  }
}

resource "aws_codepipeline" "api" {
  name     = "api"
  role_arn = "arn:aws:iam::123456789012:role/codepipeline"

  artifact_store {
    location = "acme-pipeline-artifacts"
    type     = "S3"

    encryption_key {
      id   = aws_kms_key.pipeline.arn
      type = "KMS"
    }
  }

  stage {
    name = "Source"
    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeStarSourceConnection"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        ConnectionArn    = "arn:aws:codestar-connections:us-east-1:123456789012:connection/abc"
        FullRepositoryId = "acme/api"
        BranchName       = "main"
      }
    }
  }
}
