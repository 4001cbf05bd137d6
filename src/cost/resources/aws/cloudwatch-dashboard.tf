provider "aws" {
  region = "eu-west-2"
}

resource "aws_cloudwatch_dashboard" "service" {
  for_each       = toset(["api", "worker"])
  dashboard_name = "${each.key}-overview"
  dashboard_body = jsonencode({
    widgets = [
      {
        type   = "metric"
        width  = 12
        height = 6
        properties = {
          metrics = [["AWS/ECS", "CPUUtilization", "ServiceName", each.key]]
          period  = 300
          stat    = "Average"
          region  = "eu-west-2"
        }
      }
    ]
  })
}
