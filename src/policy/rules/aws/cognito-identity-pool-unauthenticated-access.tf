resource "aws_cognito_identity_pool" "web" {
  identity_pool_name = "web"
  # expect: aws-cognito-identity-pool-unauthenticated-access
  allow_unauthenticated_identities = true
}

resource "aws_cognito_identity_pool" "admin" {
  identity_pool_name               = "admin"
  allow_unauthenticated_identities = false
}
