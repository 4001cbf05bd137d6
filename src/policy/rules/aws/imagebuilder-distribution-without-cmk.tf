resource "aws_kms_key" "ami" {
  description         = "ami"
  enable_key_rotation = true
}

resource "aws_imagebuilder_distribution_configuration" "base" {
  name = "base"

  distribution {
    region = "us-east-1"

    # expect: aws-imagebuilder-distribution-without-cmk
    ami_distribution_configuration {
      name = "base-{{ imagebuilder:buildDate }}"
    }
  }

  distribution {
    region = "eu-west-1"

    ami_distribution_configuration {
      name       = "base-{{ imagebuilder:buildDate }}"
      kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
}

resource "aws_imagebuilder_distribution_configuration" "app" {
  name = "app"

  distribution {
    region = "us-east-1"

    ami_distribution_configuration {
      name       = "app-{{ imagebuilder:buildDate }}"
      kms_key_id = aws_kms_key.ami.arn
    }
  }
}
