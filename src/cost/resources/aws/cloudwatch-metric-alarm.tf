provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_metric_alarm" "cpu_high" {
  alarm_name          = "api-cpu-high"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "CPUUtilization"
  namespace           = "AWS/EC2"
  period              = 300
  statistic           = "Average"
  threshold           = 80
}

resource "aws_cloudwatch_metric_alarm" "queue_depth_fast" {
  alarm_name          = "queue-depth-fast"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "ApproximateNumberOfMessagesVisible"
  namespace           = "Custom/Queues"
  period              = 10
  statistic           = "Maximum"
  threshold           = 1000
}

# error rate = errors / requests: two metrics, one expression
resource "aws_cloudwatch_metric_alarm" "error_rate" {
  alarm_name          = "api-error-rate"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  threshold           = 5

  metric_query {
    id          = "e1"
    expression  = "100 * m1 / m2"
    label       = "Error rate"
    return_data = true
  }

  metric_query {
    id = "m1"
    metric {
      metric_name = "HTTPCode_Target_5XX_Count"
      namespace   = "AWS/ApplicationELB"
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "m2"
    metric {
      metric_name = "RequestCount"
      namespace   = "AWS/ApplicationELB"
      period      = 60
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "latency_anomaly" {
  alarm_name          = "api-latency-anomaly"
  comparison_operator = "GreaterThanUpperThreshold"
  evaluation_periods  = 2
  threshold_metric_id = "ad1"

  metric_query {
    id          = "ad1"
    expression  = "ANOMALY_DETECTION_BAND(m1, 2)"
    return_data = true
  }

  metric_query {
    id          = "m1"
    return_data = true
    metric {
      metric_name = "TargetResponseTime"
      namespace   = "AWS/ApplicationELB"
      period      = 300
      stat        = "p99"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "fleet_cpu" {
  alarm_name          = "fleet-cpu"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  threshold           = 90

  metric_query {
    id          = "q1"
    expression  = "SELECT MAX(CPUUtilization) FROM SCHEMA(\"AWS/EC2\", InstanceId)"
    period      = 300
    return_data = true
  }
}

data "aws_ssm_parameter" "period" {
  name = "/alarms/period"
}

resource "aws_cloudwatch_metric_alarm" "tunable" {
  alarm_name          = "tunable"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = data.aws_ssm_parameter.period.value
  statistic           = "Sum"
  threshold           = 1
}
