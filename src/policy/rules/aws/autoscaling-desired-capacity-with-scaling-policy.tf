resource "aws_autoscaling_group" "api" {
  name                = "api"
  min_size            = 2
  max_size            = 20
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]
  # expect: aws-autoscaling-desired-capacity-with-scaling-policy
  desired_capacity = 4

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}

resource "aws_autoscaling_policy" "api_cpu" {
  name                   = "cpu-target"
  autoscaling_group_name = aws_autoscaling_group.api.name
  policy_type            = "TargetTrackingScaling"

  target_tracking_configuration {
    predefined_metric_specification {
      predefined_metric_type = "ASGAverageCPUUtilization"
    }
    target_value = 50
  }
}

resource "aws_autoscaling_group" "web" {
  name                = "web"
  min_size            = 2
  max_size            = 20
  desired_capacity    = 4
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }

  lifecycle {
    ignore_changes = [desired_capacity]
  }
}

resource "aws_autoscaling_schedule" "web_night" {
  scheduled_action_name  = "night"
  autoscaling_group_name = aws_autoscaling_group.web.name
  recurrence             = "0 20 * * *"
  min_size               = 1
  max_size               = 2
  desired_capacity       = 1
}

resource "aws_autoscaling_group" "fixed" {
  name                = "fixed"
  min_size            = 3
  max_size            = 3
  desired_capacity    = 3
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}
