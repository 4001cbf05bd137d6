# expect: aws-route53-query-logging-missing
resource "aws_route53_zone" "marketing" {
  name = "example-marketing.com"
}

resource "aws_route53_zone" "shop" {
  name = "example-shop.com"
}

resource "aws_cloudwatch_log_group" "dns" {
  name              = "/aws/route53/example-shop.com"
  retention_in_days = 30
}

resource "aws_route53_query_log" "shop" {
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn
  zone_id                  = aws_route53_zone.shop.zone_id
}

resource "aws_route53_zone" "internal" {
  name = "corp.internal"

  vpc {
    vpc_id = "vpc-0123456789abcdef0"
  }
}
