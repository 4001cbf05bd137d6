provider "aws" {
  region = "eu-west-1"
}

resource "aws_api_gateway_rest_api" "public" {
  name = "public"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_rest_api" "internal" {
  name = "internal"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}
