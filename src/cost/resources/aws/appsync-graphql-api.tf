provider "aws" {
  region = "us-east-1"
}

resource "aws_appsync_graphql_api" "catalog" {
  name                = "catalog"
  authentication_type = "AMAZON_COGNITO_USER_POOLS"

  user_pool_config {
    default_action = "ALLOW"
    user_pool_id   = "us-east-1_0a1b2c3d"
  }
}
