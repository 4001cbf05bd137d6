provider "aws" {
  region = "eu-central-1"
}

resource "aws_service_discovery_http_namespace" "apps" {
  name = "apps"
}

resource "aws_service_discovery_service" "billing" {
  name         = "billing"
  namespace_id = aws_service_discovery_http_namespace.apps.id
}

resource "aws_service_discovery_instance" "billing" {
  count       = 3
  instance_id = "billing-${count.index}"
  service_id  = aws_service_discovery_service.billing.id

  attributes = {
    AWS_INSTANCE_IPV4 = "10.0.1.${count.index + 10}"
  }
}
