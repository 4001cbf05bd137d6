resource "aws_api_gateway_method" "list_orders" {
  rest_api_id = "a1b2c3d4e5"
  resource_id = "res123"
  http_method = "GET"
  # expect: aws-api-gateway-method-unauthenticated
  authorization = "NONE"
}

resource "aws_api_gateway_method" "preflight" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "res123"
  http_method   = "OPTIONS"
  authorization = "NONE"
}

# "OPTION" is read as the preflight method it was meant to be, as Trivy reads it
resource "aws_api_gateway_method" "preflight_misspelt" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "res456"
  http_method   = "OPTION"
  authorization = "NONE"
}

resource "aws_api_gateway_method" "partner_feed" {
  rest_api_id      = "a1b2c3d4e5"
  resource_id      = "res456"
  http_method      = "GET"
  authorization    = "NONE"
  api_key_required = true
}

resource "aws_api_gateway_method" "create_order" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "res123"
  http_method   = "POST"
  authorization = "COGNITO_USER_POOLS"
  authorizer_id = "auth789"
}
