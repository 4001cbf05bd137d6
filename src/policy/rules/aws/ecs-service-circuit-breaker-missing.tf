# expect: aws-ecs-service-circuit-breaker-missing
resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/prod"
  task_definition = "api:42"
  desired_count   = 3
}

resource "aws_ecs_service" "worker" {
  name            = "worker"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/prod"
  task_definition = "worker:7"
  desired_count   = 2

  deployment_circuit_breaker {
    # expect: aws-ecs-service-circuit-breaker-missing
    enable   = false
    rollback = false
  }
}

resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/prod"
  task_definition = "web:12"
  desired_count   = 2

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
}

resource "aws_ecs_service" "blue_green" {
  name            = "checkout"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/prod"
  task_definition = "checkout:3"
  desired_count   = 2

  deployment_controller {
    type = "CODE_DEPLOY"
  }
}
