# expect: aws-kms-key-rotation-disabled
resource "aws_kms_key" "app" {
  description             = "Application data"
  deletion_window_in_days = 30
}

resource "aws_kms_key" "backups" {
  description = "Backup vault"
  # expect: aws-kms-key-rotation-disabled
  enable_key_rotation = false
}

resource "aws_kms_key" "signing" {
  description              = "Release signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}

resource "aws_kms_key" "rotated" {
  description         = "Payments"
  enable_key_rotation = true
}
