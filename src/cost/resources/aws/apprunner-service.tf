provider "aws" {
  region = "us-east-1"
}

resource "aws_apprunner_auto_scaling_configuration_version" "api" {
  auto_scaling_configuration_name = "api"
  min_size                        = 2
  max_size                        = 10
}

resource "aws_apprunner_service" "api" {
  service_name                   = "api"
  auto_scaling_configuration_arn = aws_apprunner_auto_scaling_configuration_version.api.arn

  instance_configuration {
    cpu    = "1 vCPU"
    memory = "2 GB"
  }

  source_configuration {
    image_repository {
      image_identifier      = "public.ecr.aws/example/api:latest"
      image_repository_type = "ECR_PUBLIC"
    }
  }
}

resource "aws_apprunner_service" "admin" {
  service_name = "admin"

  instance_configuration {
    cpu    = "256"
    memory = "512"
  }

  source_configuration {
    image_repository {
      image_identifier      = "public.ecr.aws/example/admin:latest"
      image_repository_type = "ECR_PUBLIC"
    }
  }
}
