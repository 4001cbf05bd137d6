provider "aws" {
  region = "eu-north-1"
}

resource "aws_config_config_rule" "s3_encryption" {
  name = "s3-bucket-server-side-encryption-enabled"

  source {
    owner             = "AWS"
    source_identifier = "S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED"
  }
}

resource "aws_config_config_rule" "required_tags" {
  name = "required-tags"

  input_parameters = jsonencode({ tag1Key = "owner", tag2Key = "cost-center" })

  source {
    owner             = "AWS"
    source_identifier = "REQUIRED_TAGS"
  }
}
