resource "aws_elb" "legacy" {
  name               = "legacy-web"
  availability_zones = ["us-east-1a", "us-east-1b"]

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    # expect: aws-elb-listener-plain-http
    lb_protocol = "http"
  }

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:us-east-1:123456789012:certificate/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "aws_elb" "smtp" {
  name               = "smtp-relay"
  availability_zones = ["us-east-1a", "us-east-1b"]

  listener {
    instance_port     = 25
    instance_protocol = "tcp"
    lb_port           = 25
    lb_protocol       = "tcp"
  }
}
