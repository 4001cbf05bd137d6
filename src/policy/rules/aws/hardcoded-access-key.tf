resource "aws_ecs_task_definition" "worker" {
  family                   = "worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  # expect: aws-hardcoded-access-key
  container_definitions = jsonencode([
    {
      name  = "worker"
      image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:1.4.2"
      environment = [
        { name = "AWS_ACCESS_KEY_ID", value = "AKIA2OGYBAH6QRSTUVWX" },
        { name = "QUEUE_URL", value = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs" },
      ]
    },
  ])
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  task_role_arn            = "arn:aws:iam::123456789012:role/api-task"
  container_definitions = jsonencode([
    {
      name  = "api"
      image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:2.0.1"
    },
  ])
}

resource "aws_codebuild_project" "deploy" {
  name         = "deploy"
  service_role = "arn:aws:iam::123456789012:role/codebuild-deploy"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"

    environment_variable {
      name = "AWS_SECRET_ACCESS_KEY"
      # expect: aws-hardcoded-access-key
      value = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9aLpTk2W"
    }
  }

  source {
    type = "CODEPIPELINE"
  }
}

resource "aws_ssm_parameter" "ci_user" {
  name = "/ci/deploy-user"
  type = "String"
  # expect: aws-hardcoded-access-key
  value = "AKIA2OGYBAH6ZYXWVUTS"
}

resource "aws_ssm_parameter" "region" {
  name  = "/app/region"
  type  = "String"
  value = "us-east-1"
}
