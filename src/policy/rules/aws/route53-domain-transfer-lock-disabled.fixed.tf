resource "aws_route53domains_registered_domain" "shop" {
  domain_name = "example-shop.com"
  # expect: aws-route53-domain-transfer-lock-disabled
  transfer_lock = true
}

resource "aws_route53domains_registered_domain" "marketing" {
  domain_name   = "example-marketing.com"
  transfer_lock = true
}
