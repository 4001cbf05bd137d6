provider "aws" {
  region = "sa-east-1"
}

resource "aws_cloudwatch_metric_alarm" "cpu" {
  alarm_name          = "cpu"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "CPUUtilization"
  namespace           = "AWS/EC2"
  period              = 300
  statistic           = "Average"
  threshold           = 80
}

resource "aws_cloudwatch_metric_alarm" "memory" {
  alarm_name          = "memory"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "mem_used_percent"
  namespace           = "CWAgent"
  period              = 300
  statistic           = "Average"
  threshold           = 90
}

resource "aws_cloudwatch_composite_alarm" "host_saturated" {
  alarm_name = "host-saturated"
  alarm_rule = "ALARM(${aws_cloudwatch_metric_alarm.cpu.alarm_name}) AND ALARM(${aws_cloudwatch_metric_alarm.memory.alarm_name})"
}
