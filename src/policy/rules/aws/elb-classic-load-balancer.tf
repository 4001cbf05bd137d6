# expect: aws-elb-classic-load-balancer
resource "aws_elb" "legacy" {
  name               = "legacy-web"
  availability_zones = ["us-east-1a", "us-east-1b"]

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:us-east-1:123456789012:certificate/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

# kensa:ignore aws-elb-classic-load-balancer clients pin the legacy DNS name; migration tracked in PLAT-412 until=2027-03-31
resource "aws_elb" "partner_api" {
  name               = "partner-api"
  availability_zones = ["us-east-1a", "us-east-1b"]

  listener {
    instance_port      = 8443
    instance_protocol  = "https"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:us-east-1:123456789012:certificate/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}
