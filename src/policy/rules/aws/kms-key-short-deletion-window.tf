resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
  # expect: aws-kms-key-short-deletion-window
  deletion_window_in_days = 7
}

resource "aws_kms_key" "logs" {
  description             = "Log archive"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}
