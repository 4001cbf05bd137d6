provider "aws" {
  region = "us-east-1"
}

resource "aws_ecs_cluster" "main" {
  name = "main"
}

resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"
  container_definitions    = jsonencode([{ name = "web", image = "nginx:1.27", essential = true }])

  runtime_platform {
    cpu_architecture        = "ARM64"
    operating_system_family = "LINUX"
  }
}

# 3 tasks x 0.5 vCPU and 1 GB on Graviton (ARM64)
resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.web.arn
  desired_count   = 3
  launch_type     = "FARGATE"

  network_configuration {
    subnets = ["subnet-0a1b2c3d"]
  }
}

resource "aws_ecs_task_definition" "worker" {
  family                   = "worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 1024
  memory                   = 4096
  container_definitions    = jsonencode([{ name = "worker", image = "worker:2", essential = true }])

  ephemeral_storage {
    size_in_gib = 50
  }
}

# 5 tasks: 1 on FARGATE (base), the other 4 split 1:3 between FARGATE and FARGATE_SPOT
resource "aws_ecs_service" "worker" {
  name            = "worker"
  cluster         = aws_ecs_cluster.main.id
  task_definition = "worker"
  desired_count   = 5

  capacity_provider_strategy {
    capacity_provider = "FARGATE"
    base              = 1
    weight            = 1
  }

  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 3
  }

  network_configuration {
    subnets = ["subnet-0a1b2c3d"]
  }
}

resource "aws_ecs_task_definition" "reports" {
  family                   = "reports"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "2048"
  memory                   = "8192"
  container_definitions    = jsonencode([{ name = "reports", image = "reports:1", essential = true }])

  runtime_platform {
    cpu_architecture        = "X86_64"
    operating_system_family = "WINDOWS_SERVER_2022_CORE"
  }
}

resource "aws_ecs_service" "reports" {
  name            = "reports"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.reports.arn
  desired_count   = 1
  launch_type     = "FARGATE"
}

resource "aws_ecs_service" "agent" {
  name            = "agent"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.web.arn
  desired_count   = 2
  launch_type     = "EC2"
}

variable "api_tasks" {
  type = number
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.web.arn
  desired_count   = var.api_tasks
  launch_type     = "FARGATE"
}

# the task size in ECS's unit forms: "1 vCPU" is 1,024 CPU units, "2 GB" 2,048 MiB
resource "aws_ecs_task_definition" "units" {
  family                   = "units"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "1 vCPU"
  memory                   = "2 GB"
  container_definitions    = jsonencode([{ name = "units", image = "units:1", essential = true }])
}

resource "aws_ecs_task_definition" "quarter" {
  family                   = "quarter"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "0.25 vcpu"
  memory                   = "512 MiB"
  container_definitions    = jsonencode([{ name = "quarter", image = "quarter:1", essential = true }])
}

# no launch_type, no strategy of its own: the cluster's default strategy puts it on Fargate
resource "aws_ecs_cluster" "shared" {
  name = "shared"
}

resource "aws_ecs_cluster_capacity_providers" "shared" {
  cluster_name       = aws_ecs_cluster.shared.name
  capacity_providers = ["FARGATE", "FARGATE_SPOT"]

  default_capacity_provider_strategy {
    capacity_provider = "FARGATE"
    base              = 1
    weight            = 1
  }

  default_capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }
}

resource "aws_ecs_service" "by_cluster_default" {
  name            = "by-cluster-default"
  cluster         = aws_ecs_cluster.shared.id
  task_definition = aws_ecs_task_definition.units.arn
  desired_count   = 3
}

resource "aws_ecs_service" "quarter" {
  name            = "quarter"
  cluster         = aws_ecs_cluster.shared.arn
  task_definition = aws_ecs_task_definition.quarter.arn
  desired_count   = 4
  launch_type     = "FARGATE"
}

# tasks run by task sets: priced with aws_ecs_task_set
resource "aws_ecs_service" "blue_green" {
  name          = "blue-green"
  cluster       = aws_ecs_cluster.shared.id
  desired_count = 4

  deployment_controller {
    type = "EXTERNAL"
  }
}
