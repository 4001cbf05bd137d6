resource "aws_ecr_repository" "api" {
  name = "api"
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  # expect: aws-ecs-task-root-filesystem-writable
  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "${aws_ecr_repository.api.repository_url}:2.3.1"
      essential = true
    },
    {
      name                   = "envoy"
      image                  = "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.4.0-prod"
      essential              = true
      readonlyRootFilesystem = true
    }
  ])
}

resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  # expect: aws-ecs-task-root-filesystem-writable
  container_definitions = jsonencode([
    {
      name                   = "worker"
      image                  = "public.ecr.aws/acme/worker:1.0.0"
      memory                 = 512
      readonlyRootFilesystem = false
    }
  ])
}

resource "aws_ecs_task_definition" "hardened" {
  family = "hardened"
  container_definitions = jsonencode([
    {
      name                   = "app"
      image                  = "public.ecr.aws/acme/app:3.1.0"
      memory                 = 512
      readonlyRootFilesystem = true
      mountPoints            = [{ sourceVolume = "tmp", containerPath = "/tmp" }]
    }
  ])

  volume {
    name = "tmp"
  }
}
