provider "aws" {
  region = "us-east-1"
}

resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

# daily snapshots are enough outside production
resource "aws_config_configuration_recorder" "staging" {
  provider = aws.eu
  name     = "staging"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_mode {
    recording_frequency = "DAILY"
  }
}
