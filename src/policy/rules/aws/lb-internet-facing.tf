# expect: aws-lb-internet-facing
resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d4e5f60718", "subnet-0b2c3d4e5f6071829"]
  security_groups    = ["sg-0123456789abcdef0"]
}

resource "aws_alb" "admin" {
  name            = "admin"
  subnets         = ["subnet-0a1b2c3d4e5f60718", "subnet-0b2c3d4e5f6071829"]
  security_groups = ["sg-0123456789abcdef0"]
  # expect: aws-lb-internet-facing
  internal = false
}

resource "aws_lb" "orders" {
  name               = "orders"
  internal           = true
  load_balancer_type = "application"
  subnets            = ["subnet-0c3d4e5f607182930", "subnet-0d4e5f60718293a41"]
}

resource "aws_lb" "inspection" {
  name               = "inspection"
  load_balancer_type = "gateway"
  subnets            = ["subnet-0e5f60718293a4b52"]
}
