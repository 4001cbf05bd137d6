resource "aws_backup_vault" "primary" {
  name = "databases"
}

resource "aws_backup_plan" "databases" {
  name = "databases"

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.primary.name
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      delete_after = 35
    }

    copy_action {
      destination_vault_arn = "arn:aws:backup:us-west-2:444455556666:backup-vault:databases-dr"

      lifecycle {
        delete_after = 35
      }
    }
  }

  # expect: aws-backup-plan-without-copy
  rule {
    rule_name         = "monthly"
    target_vault_name = aws_backup_vault.primary.name
    schedule          = "cron(0 5 1 * ? *)"

    lifecycle {
      cold_storage_after = 30
      delete_after       = 365
    }
  }
}

resource "aws_backup_plan" "dev" {
  name = "dev-databases"

  # expect: aws-backup-plan-without-copy
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.primary.name
    schedule          = "cron(0 3 * * ? *)"
  }
}

resource "aws_backup_plan" "critical" {
  name = "critical"

  rule {
    rule_name         = "hourly"
    target_vault_name = aws_backup_vault.primary.name
    schedule          = "cron(0 * * * ? *)"

    copy_action {
      destination_vault_arn = "arn:aws:backup:us-east-1:777788889999:backup-vault:org-backups"
    }
  }
}
