resource "aws_ecs_task_definition" "cms" {
  family                   = "cms"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([
    { name = "cms", image = "example/cms:1.4.2", essential = true, mountPoints = [{ sourceVolume = "uploads", containerPath = "/var/www/uploads" }] }
  ])

  volume {
    name = "uploads"

    # expect: aws-ecs-task-efs-transit-unencrypted
    efs_volume_configuration {
      file_system_id = "fs-0123456789abcdef0"
      root_directory = "/uploads"
      transit_encryption = "ENABLED"
    }
  }
}

resource "aws_ecs_task_definition" "reports" {
  family                   = "reports"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([
    { name = "reports", image = "example/reports:2.0.0", essential = true }
  ])

  volume {
    name = "exports"

    efs_volume_configuration {
      file_system_id     = "fs-0123456789abcdef0"
      transit_encryption = "ENABLED"

      authorization_config {
        access_point_id = "fsap-0123456789abcdef0"
        iam             = "ENABLED"
      }
    }
  }
}
