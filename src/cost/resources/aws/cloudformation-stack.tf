provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudformation_stack" "monitoring" {
  name = "monitoring"

  template_body = jsonencode({
    Resources = {
      Dashboard = {
        Type = "Datadog::Dashboards::Dashboard"
        Properties = {
          DashboardDefinition = "{}"
        }
      }
    }
  })
}

resource "aws_cloudformation_stack" "network" {
  name         = "network"
  template_url = "https://example-templates.s3.amazonaws.com/network.yaml"
}
