resource "aws_cloudwatch_log_group" "worker" {
  name              = "/ecs/worker"
  retention_in_days = 30
}

resource "aws_ecs_task_definition" "api" {
  family = "api"
  # expect: aws-ecs-task-logging-missing
  container_definitions = jsonencode([
    {
      name   = "api"
      image  = "public.ecr.aws/acme/api:2.3.1"
      memory = 512
    }
  ])
}

resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([
    {
      name   = "worker"
      image  = "public.ecr.aws/acme/worker:1.0.0"
      memory = 512
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          "awslogs-group"         = aws_cloudwatch_log_group.worker.name
          "awslogs-region"        = "us-east-1"
          "awslogs-stream-prefix" = "worker"
        }
      }
    }
  ])
}
