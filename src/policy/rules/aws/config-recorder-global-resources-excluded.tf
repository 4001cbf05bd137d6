# expect: aws-config-recorder-global-resources-excluded
resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/config"
}

resource "aws_config_configuration_recorder" "eu" {
  name     = "eu"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group {
    all_supported = true
    # expect: aws-config-recorder-global-resources-excluded
    include_global_resource_types = false
  }
}

resource "aws_config_configuration_recorder" "audit" {
  name     = "audit"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}
