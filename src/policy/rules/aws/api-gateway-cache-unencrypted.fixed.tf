resource "aws_api_gateway_method_settings" "catalog" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "products/GET"

  settings {
    metrics_enabled = true
    # expect: aws-api-gateway-cache-unencrypted
    caching_enabled      = true
    cache_ttl_in_seconds = 300
    cache_data_encrypted = true
  }
}

resource "aws_api_gateway_method_settings" "profile" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "me/GET"

  settings {
    caching_enabled = true
    # expect: aws-api-gateway-cache-unencrypted
    cache_data_encrypted = true
  }
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"

  settings {
    metrics_enabled = true
    logging_level   = "ERROR"
  }
}
