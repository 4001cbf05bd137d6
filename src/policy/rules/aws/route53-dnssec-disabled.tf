# expect: aws-route53-dnssec-disabled
resource "aws_route53_zone" "marketing" {
  name = "example-marketing.com"
}

resource "aws_route53_zone" "shop" {
  name = "example-shop.com"
}

resource "aws_kms_key" "dnssec" {
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
  deletion_window_in_days  = 7
}

resource "aws_route53_key_signing_key" "shop" {
  hosted_zone_id             = aws_route53_zone.shop.id
  key_management_service_arn = aws_kms_key.dnssec.arn
  name                       = "shop"
}

resource "aws_route53_hosted_zone_dnssec" "shop" {
  hosted_zone_id = aws_route53_key_signing_key.shop.hosted_zone_id
}

resource "aws_route53_zone" "internal" {
  name = "corp.internal"

  vpc {
    vpc_id = "vpc-0123456789abcdef0"
  }
}
