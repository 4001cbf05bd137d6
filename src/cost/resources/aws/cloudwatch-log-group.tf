provider "aws" {
  region = "us-west-2"
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 30
}

resource "aws_cloudwatch_log_group" "debug" {
  name              = "/ecs/api-debug"
  retention_in_days = 7
  log_group_class   = "INFREQUENT_ACCESS"
}

resource "aws_cloudwatch_log_group" "worker" {
  name = "/ecs/worker"
}

resource "aws_cloudwatch_log_group" "firehose_delivery" {
  name            = "/delivery/waf"
  log_group_class = "DELIVERY"
}

data "aws_ssm_parameter" "log_class" {
  name = "/platform/log-class"
}

resource "aws_cloudwatch_log_group" "tenant" {
  name            = "/tenant/events"
  log_group_class = data.aws_ssm_parameter.log_class.value
}
