resource "aws_lb" "public" {
  name               = "shop-public"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_lb" "internal" {
  name     = "shop-internal"
  internal = true
  subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_lb_target_group" "app" {
  name     = "shop-app"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d"
}

resource "aws_lb_listener" "http_forward" {
  load_balancer_arn = aws_lb.public.arn
  port              = 80
  # expect: aws-lb-http-listener-without-redirect
  protocol = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

# expect: aws-lb-http-listener-without-redirect
resource "aws_alb_listener" "http_default_protocol" {
  load_balancer_arn = aws_lb.public.arn
  port              = 8080

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_lb_listener" "http_redirect" {
  load_balancer_arn = aws_lb.public.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "internal_http" {
  load_balancer_arn = aws_lb.internal.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

# no default action yet: nothing redirects to HTTPS
resource "aws_alb_listener" "http_unfinished" {
  load_balancer_arn = aws_lb.public.arn
  port              = 8080
  # expect: aws-lb-http-listener-without-redirect
  protocol = "HTTP"
}
