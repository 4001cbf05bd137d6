# expect: aws-ses-configuration-set-tls-optional
resource "aws_ses_configuration_set" "marketing" {
  name = "marketing"
}

resource "aws_ses_configuration_set" "transactional" {
  name = "transactional"

  delivery_options {
    # expect: aws-ses-configuration-set-tls-optional
    tls_policy = "Optional"
  }
}

resource "aws_ses_configuration_set" "billing" {
  name = "billing"

  delivery_options {
    tls_policy = "Require"
  }
}
