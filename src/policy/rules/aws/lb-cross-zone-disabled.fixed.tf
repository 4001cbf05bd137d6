# expect: aws-lb-cross-zone-disabled
resource "aws_lb" "iot" {
  name               = "iot"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  enable_cross_zone_load_balancing = true
}

resource "aws_lb" "ingest" {
  name               = "ingest"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  # expect: aws-lb-cross-zone-disabled
  enable_cross_zone_load_balancing = true
}

resource "aws_lb" "dns" {
  name                             = "dns"
  load_balancer_type               = "network"
  subnets                          = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  enable_cross_zone_load_balancing = true
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}
