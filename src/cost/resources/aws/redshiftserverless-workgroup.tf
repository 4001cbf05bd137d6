provider "aws" {
  region = "us-east-1"
}

resource "aws_redshiftserverless_namespace" "analytics" {
  namespace_name = "analytics"
}

resource "aws_redshiftserverless_workgroup" "analytics" {
  namespace_name = aws_redshiftserverless_namespace.analytics.namespace_name
  workgroup_name = "analytics"
  base_capacity  = 32
}

resource "aws_redshiftserverless_workgroup" "default_capacity" {
  namespace_name = aws_redshiftserverless_namespace.analytics.namespace_name
  workgroup_name = "adhoc"
}
