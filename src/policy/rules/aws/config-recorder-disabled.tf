resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/config"
}

resource "aws_config_configuration_recorder_status" "main" {
  name = aws_config_configuration_recorder.main.name
  # expect: aws-config-recorder-disabled
  is_enabled = false
}

resource "aws_config_configuration_recorder" "audit" {
  name     = "audit"
  role_arn = "arn:aws:iam::123456789012:role/config"
}

resource "aws_config_configuration_recorder_status" "audit" {
  name       = aws_config_configuration_recorder.audit.name
  is_enabled = true
}
