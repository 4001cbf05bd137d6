resource "aws_ecs_service" "legacy" {
  name            = "legacy-api"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/prod"
  task_definition = "legacy-api:3"
  desired_count   = 2
  launch_type     = "FARGATE"
  # expect: aws-ecs-fargate-platform-version-old
  platform_version = "1.4.0"
}

resource "aws_ecs_service" "spot" {
  name            = "batch"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/prod"
  task_definition = "batch:9"
  desired_count   = 1
  # expect: aws-ecs-fargate-platform-version-old
  platform_version = "1.4.0"

  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }
}

resource "aws_ecs_service" "api" {
  name             = "api"
  cluster          = "arn:aws:ecs:us-east-1:123456789012:cluster/prod"
  task_definition  = "api:42"
  desired_count    = 3
  launch_type      = "FARGATE"
  platform_version = "1.4.0"
}
