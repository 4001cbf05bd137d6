resource "aws_backup_vault" "main" {
  name        = "main"
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_backup_plan" "daily" {
  name = "daily"

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"
  }
}

# expect: aws-efs-file-system-not-backed-up
resource "aws_efs_file_system" "cache" {
  creation_token = "cache"
  encrypted      = true
}

resource "aws_efs_file_system" "home" {
  creation_token = "home"
  encrypted      = true
}

resource "aws_backup_selection" "files" {
  name         = "files"
  plan_id      = aws_backup_plan.daily.id
  iam_role_arn = "arn:aws:iam::123456789012:role/backup"
  resources    = [aws_efs_file_system.home.arn]
}
