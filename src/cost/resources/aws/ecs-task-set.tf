provider "aws" {
  region = "eu-west-1"
}

resource "aws_ecs_cluster" "main" {
  name = "main"
}

resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "1 vCPU"
  memory                   = "2 GB"
  container_definitions    = jsonencode([{ name = "app", image = "app:1", essential = true }])
}

resource "aws_ecs_service" "app" {
  name          = "app"
  cluster       = aws_ecs_cluster.main.id
  desired_count = 5

  deployment_controller {
    type = "EXTERNAL"
  }
}

# 50% of 5 tasks, rounded up: 3 tasks on Fargate
resource "aws_ecs_task_set" "blue" {
  service         = aws_ecs_service.app.id
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.app.arn
  launch_type     = "FARGATE"

  scale {
    unit  = "PERCENT"
    value = 50
  }
}

# no scale: 100% of the service, by the task set's own capacity providers (2 on FARGATE, 3 on FARGATE_SPOT)
resource "aws_ecs_task_set" "green" {
  service         = aws_ecs_service.app.id
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.app.arn

  capacity_provider_strategy {
    capacity_provider = "FARGATE"
    base              = 2
    weight            = 0
  }

  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }
}

# on EC2: priced with the instances
resource "aws_ecs_task_set" "canary" {
  service         = aws_ecs_service.app.id
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.app.arn
  launch_type     = "EC2"
}
