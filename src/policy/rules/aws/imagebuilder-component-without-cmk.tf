resource "aws_kms_key" "imagebuilder" {
  description         = "image builder"
  enable_key_rotation = true
}

# expect: aws-imagebuilder-component-without-cmk
resource "aws_imagebuilder_component" "hardening" {
  name     = "hardening"
  platform = "Linux"
  version  = "1.0.0"
  uri      = "s3://acme-imagebuilder/hardening.yml"
}

resource "aws_imagebuilder_component" "agent" {
  name       = "agent"
  platform   = "Linux"
  version    = "1.0.0"
  uri        = "s3://acme-imagebuilder/agent.yml"
  kms_key_id = aws_kms_key.imagebuilder.arn
}
