provider "aws" {
  region = "us-east-1"
}

resource "aws_route53_zone" "main" {
  name = "example.com"
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d", "subnet-0d4e5f6a"]
}

resource "aws_route53_record" "www" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "www.example.com"
  type    = "A"

  alias {
    name                   = aws_lb.web.dns_name
    zone_id                = aws_lb.web.zone_id
    evaluate_target_health = true
  }
}

# an alias to another record of the same zone is billed like any query
resource "aws_route53_record" "apex" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "example.com"
  type    = "A"

  alias {
    name                   = aws_route53_record.www.name
    zone_id                = aws_route53_zone.main.zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "mail" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "example.com"
  type    = "MX"
  ttl     = 3600
  records = ["10 mail.example.com"]
}

resource "aws_route53_record" "api_eu" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "api.example.com"
  type           = "CNAME"
  ttl            = 60
  records        = ["api.eu-west-1.example.com"]
  set_identifier = "eu-west-1"

  latency_routing_policy {
    region = "eu-west-1"
  }
}

resource "aws_route53_record" "shop_de" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "shop.example.com"
  type           = "CNAME"
  ttl            = 300
  records        = ["shop-de.example.com"]
  set_identifier = "germany"

  geolocation_routing_policy {
    country = "DE"
  }
}

resource "aws_route53_record" "edge_near" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "edge.example.com"
  type           = "CNAME"
  ttl            = 60
  records        = ["edge-us.example.com"]
  set_identifier = "us-east-1"

  geoproximity_routing_policy {
    aws_region = "us-east-1"
    bias       = 10
  }
}

resource "aws_route53_record" "canary" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "app.example.com"
  type           = "CNAME"
  ttl            = 60
  records        = ["app-canary.example.com"]
  set_identifier = "canary"

  weighted_routing_policy {
    weight = 10
  }
}

resource "aws_route53_record" "office" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "vpn.example.com"
  type           = "A"
  ttl            = 60
  records        = ["203.0.113.10"]
  set_identifier = "office"

  cidr_routing_policy {
    collection_id = "0e1f2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7"
    location_name = "office"
  }
}
