provider "aws" {
  region = "ap-northeast-1"
}

resource "aws_api_gateway_rest_api" "shop" {
  name = "shop"
}

resource "aws_api_gateway_deployment" "shop" {
  rest_api_id = aws_api_gateway_rest_api.shop.id
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = aws_api_gateway_rest_api.shop.id
  deployment_id         = aws_api_gateway_deployment.shop.id
  stage_name            = "prod"
  cache_cluster_enabled = true
  cache_cluster_size    = "6.1"
}

# cache on, default size 0.5 GB
resource "aws_api_gateway_stage" "staging" {
  rest_api_id           = aws_api_gateway_rest_api.shop.id
  deployment_id         = aws_api_gateway_deployment.shop.id
  stage_name            = "staging"
  cache_cluster_enabled = true
}

resource "aws_api_gateway_stage" "dev" {
  rest_api_id   = aws_api_gateway_rest_api.shop.id
  deployment_id = aws_api_gateway_deployment.shop.id
  stage_name    = "dev"
}

variable "cache_size" {
  type = string
}

resource "aws_api_gateway_stage" "tuned" {
  rest_api_id           = aws_api_gateway_rest_api.shop.id
  deployment_id         = aws_api_gateway_deployment.shop.id
  stage_name            = "tuned"
  cache_cluster_enabled = true
  cache_cluster_size    = var.cache_size
}
