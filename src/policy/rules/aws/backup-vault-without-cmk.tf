resource "aws_kms_key" "backup" {
  description         = "backup vault"
  enable_key_rotation = true
}

# expect: aws-backup-vault-without-cmk
resource "aws_backup_vault" "default" {
  name = "default-vault"
}

resource "aws_backup_vault" "prod" {
  name        = "prod-vault"
  kms_key_arn = aws_kms_key.backup.arn
}
