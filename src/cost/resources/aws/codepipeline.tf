provider "aws" {
  region = "us-east-1"
}

resource "aws_codepipeline" "app" {
  name     = "app"
  role_arn = "arn:aws:iam::123456789012:role/codepipeline"

  artifact_store {
    location = "example-artifacts"
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
        ConnectionArn    = "arn:aws:codeconnections:us-east-1:123456789012:connection/0a1b2c3d"
        FullRepositoryId = "example/app"
        BranchName       = "main"
      }
    }
  }

  stage {
    name = "Build"
    action {
      name            = "Build"
      category        = "Build"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      input_artifacts = ["source"]
      configuration = {
        ProjectName = "app"
      }
    }
  }
}

resource "aws_codepipeline" "deploy" {
  name          = "deploy"
  pipeline_type = "V2"
  role_arn      = "arn:aws:iam::123456789012:role/codepipeline"

  artifact_store {
    location = "example-artifacts"
    type     = "S3"
  }

  stage {
    name = "Source"
    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "S3"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        S3Bucket    = "example-releases"
        S3ObjectKey = "release.zip"
      }
    }
  }

  stage {
    name = "Deploy"
    action {
      name            = "Deploy"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CodeDeploy"
      version         = "1"
      input_artifacts = ["source"]
      configuration = {
        ApplicationName     = "app"
        DeploymentGroupName = "production"
      }
    }
  }
}
