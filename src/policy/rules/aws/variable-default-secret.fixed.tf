variable "db_password" {
  description = "Master password of the database."
  type        = string
  # expect: aws-variable-default-secret
}

variable "api_token" {
  type      = string
  sensitive = true
}

variable "token_ttl" {
  type    = number
  default = 3600
}

variable "password_length" {
  default = "32"
}

variable "ci_user" {
  # expect: aws-variable-default-secret
}

variable "secret_name" {
  default = "prod/db/master"
}

variable "authentication_mode" {
  description = "EKS access entries and/or the aws-auth config map."
  default     = "API_AND_CONFIG_MAP"
}

variable "admin_secret" {
  description = "The Kubernetes secret that holds the Argo CD admin password."
  default     = "argocd-admin-secret"
}

variable "auth_method" {
  default = "oidc"
}
