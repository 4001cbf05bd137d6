variable "stripe_api_key" {
  type      = string
  sensitive = true
  default   = "sk_live_51Hx0000000000000000000000"
}

resource "aws_secretsmanager_secret" "db" {
  name = "api/db-password"
}

resource "aws_ecs_task_definition" "api" {
  family = "api"
  # expect: aws-ecs-task-secret-in-environment
  container_definitions = jsonencode([
    {
      name   = "api"
      image  = "public.ecr.aws/acme/api:2.3.1"
      memory = 512
      environment = [
        { name = "DB_HOST", value = "db.internal.acme.example" },
        { name = "DB_PASSWORD", value = "hunter2-prod" },
        { name = "STRIPE_API_KEY", value = var.stripe_api_key },
        { name = "JWT_SECRET_ARN", value = "arn:aws:secretsmanager:us-east-1:123456789012:secret:jwt" },
      ]
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
      environment = [
        { name = "QUEUE_URL", value = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs" },
        { name = "TOKEN_TTL", value = "3600" },
      ]
      secrets = [
        { name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn },
      ]
    }
  ])
}
