resource "aws_api_gateway_domain_name" "legacy" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
  # expect: aws-api-gateway-domain-outdated-tls
  security_policy = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "v2" {
  domain_name              = "api2.example.com"
  regional_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/def"
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
