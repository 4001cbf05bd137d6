resource "aws_lb_target_group" "api" {
  name     = "api"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d"
}

# expect: aws-autoscaling-ec2-health-check-behind-load-balancer
resource "aws_autoscaling_group" "api" {
  name                = "api"
  min_size            = 2
  max_size            = 6
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]
  target_group_arns   = [aws_lb_target_group.api.arn]
  health_check_type = "ELB"

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "web" {
  name                = "web"
  min_size            = 2
  max_size            = 6
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]
  # expect: aws-autoscaling-ec2-health-check-behind-load-balancer
  health_check_type = "ELB"

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}

resource "aws_autoscaling_attachment" "web" {
  autoscaling_group_name = aws_autoscaling_group.web.name
  lb_target_group_arn    = aws_lb_target_group.api.arn
}

resource "aws_autoscaling_group" "workers" {
  name                = "workers"
  min_size            = 0
  max_size            = 20
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "checked" {
  name                      = "checked"
  min_size                  = 2
  max_size                  = 6
  vpc_zone_identifier       = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]
  target_group_arns         = [aws_lb_target_group.api.arn]
  health_check_type         = "ELB"
  health_check_grace_period = 120

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}
