variable "network_mode" {
  default = "host"
}

resource "aws_ecs_task_definition" "metrics" {
  family = "node-exporter"
  # expect: aws-ecs-task-host-network-mode
  network_mode = "host"
  container_definitions = jsonencode([
    { name = "node-exporter", image = "quay.io/prometheus/node-exporter:v1.8.2", memory = 128 }
  ])
}

resource "aws_ecs_task_definition" "proxy" {
  family = "proxy"
  # expect: aws-ecs-task-host-network-mode
  network_mode = var.network_mode
  container_definitions = jsonencode([
    { name = "proxy", image = "public.ecr.aws/nginx/nginx:1.27", memory = 128 }
  ])
}

resource "aws_ecs_task_definition" "api" {
  family       = "api"
  network_mode = "awsvpc"
  container_definitions = jsonencode([
    { name = "api", image = "public.ecr.aws/acme/api:2.3.1", memory = 512 }
  ])
}
