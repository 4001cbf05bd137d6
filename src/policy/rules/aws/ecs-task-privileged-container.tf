resource "aws_ecr_repository" "agent" {
  name = "node-agent"
}

resource "aws_ecs_task_definition" "agent" {
  family                   = "node-agent"
  requires_compatibilities = ["EC2"]
  # expect: aws-ecs-task-privileged-container
  container_definitions = jsonencode([
    {
      name       = "agent"
      image      = "${aws_ecr_repository.agent.repository_url}:1.4.2"
      memory     = 256
      essential  = true
      privileged = true # needs raw sockets
    }
  ])
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    {
      name       = "api"
      image      = "public.ecr.aws/acme/api:2.3.1"
      essential  = true
      privileged = false
      linuxParameters = {
        capabilities = { add = ["NET_BIND_SERVICE"] }
      }
    }
  ])
}
