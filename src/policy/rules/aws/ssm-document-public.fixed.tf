resource "aws_ssm_document" "patch" {
  name          = "patch-fleet"
  document_type = "Command"
  # expect: aws-ssm-document-public

  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Patch the fleet"
    mainSteps     = [{ action = "aws:runShellScript", name = "patch", inputs = { runCommand = ["yum -y update"] } }]
  })
}

resource "aws_ssm_document" "rotate_logs" {
  name          = "rotate-logs"
  document_type = "Command"
  permissions = {
    type        = "Share"
    account_ids = "111122223333"
  }

  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Rotate logs"
    mainSteps     = [{ action = "aws:runShellScript", name = "rotate", inputs = { runCommand = ["logrotate -f /etc/logrotate.conf"] } }]
  })
}
