provider "aws" {
  region = "us-east-1"
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d", "subnet-0d4e5f6a"]
}

resource "aws_route53_health_check" "web" {
  fqdn              = aws_lb.web.dns_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/healthz"
  failure_threshold = 3
  request_interval  = 30
}

# an on-premises origin, checked every 10 seconds for a string, with latency graphs
resource "aws_route53_health_check" "datacenter" {
  ip_address        = "203.0.113.25"
  port              = 443
  type              = "HTTPS_STR_MATCH"
  resource_path     = "/status"
  search_string     = "OK"
  failure_threshold = 2
  request_interval  = 10
  measure_latency   = true
}

resource "aws_route53_health_check" "partner_tcp" {
  fqdn              = "api.partner.example.net"
  port              = 8443
  type              = "TCP"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_health_check" "all_sites" {
  type                   = "CALCULATED"
  child_health_threshold = 1
  child_healthchecks     = [aws_route53_health_check.web.id, aws_route53_health_check.datacenter.id]
}

data "aws_ssm_parameter" "origin" {
  name = "/dns/origin-host"
}

resource "aws_route53_health_check" "origin" {
  fqdn              = data.aws_ssm_parameter.origin.value
  port              = 80
  type              = "HTTP"
  resource_path     = "/"
  failure_threshold = 3
  request_interval  = 30
}

variable "fast_checks" {
  type = bool
}

# the interval depends on a variable with no value: the fast-interval feature is unknown, not left out
resource "aws_route53_health_check" "tunable" {
  fqdn              = "status.example.org"
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  request_interval  = var.fast_checks ? 10 : 30
  failure_threshold = 3
}
