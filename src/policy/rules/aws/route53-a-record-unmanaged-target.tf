resource "aws_route53_zone" "shop" {
  name = "example-shop.com"
}

resource "aws_route53_record" "legacy" {
  zone_id = aws_route53_zone.shop.zone_id
  name    = "legacy.example-shop.com"
  type    = "A"
  ttl     = 300
  # expect: aws-route53-a-record-unmanaged-target
  records = ["203.0.113.10"]
}

resource "aws_eip" "api" {
  domain = "vpc"
}

resource "aws_route53_record" "api" {
  zone_id = aws_route53_zone.shop.zone_id
  name    = "api.example-shop.com"
  type    = "A"
  ttl     = 300
  records = [aws_eip.api.public_ip]
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_route53_record" "www" {
  zone_id = aws_route53_zone.shop.zone_id
  name    = "www.example-shop.com"
  type    = "A"

  alias {
    name                   = aws_lb.web.dns_name
    zone_id                = aws_lb.web.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "mail" {
  zone_id = aws_route53_zone.shop.zone_id
  name    = "example-shop.com"
  type    = "MX"
  ttl     = 300
  records = ["10 mail.example-mail.net"]
}
