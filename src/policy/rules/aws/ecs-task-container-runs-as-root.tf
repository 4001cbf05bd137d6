resource "aws_ecs_task_definition" "api" {
  family = "api"
  # expect: aws-ecs-task-container-runs-as-root
  container_definitions = jsonencode([
    {
      name   = "api"
      image  = "public.ecr.aws/acme/api:2.3.1"
      memory = 512
    },
    {
      name   = "migrations"
      image  = "public.ecr.aws/acme/api:2.3.1"
      memory = 256
      user   = "0:0"
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
      user   = "1000:1000"
    }
  ])
}
