provider "aws" {
  region = "eu-west-1"
  # expect: aws-provider-hardcoded-credentials
  access_key = "AKIAIOSFODNN7EXAMPLE"
  # expect: aws-provider-hardcoded-credentials
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

variable "deploy_key_id" {
  type      = string
  sensitive = true
}

provider "aws" {
  alias      = "deploy"
  region     = "us-east-1"
  access_key = var.deploy_key_id
}

provider "aws" {
  alias   = "audit"
  region  = "us-east-1"
  profile = "audit-readonly"
}
