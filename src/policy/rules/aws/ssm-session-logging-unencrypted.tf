resource "aws_ssm_document" "session_prefs" {
  name            = "SSM-SessionManagerRunShell"
  document_type   = "Session"
  document_format = "JSON"
  # expect: aws-ssm-session-logging-unencrypted
  content = jsonencode({
    schemaVersion = "1.0"
    description   = "Session Manager preferences"
    sessionType   = "Standard_Stream"
    inputs = {
      s3BucketName           = "session-logs"
      s3EncryptionEnabled    = false
      cloudWatchLogGroupName = ""
      runAsEnabled           = false
    }
  })
}

resource "aws_ssm_document" "session_prefs_eu" {
  provider        = aws.eu
  name            = "SSM-SessionManagerRunShell"
  document_type   = "Session"
  document_format = "JSON"
  content = jsonencode({
    schemaVersion = "1.0"
    description   = "Session Manager preferences"
    sessionType   = "Standard_Stream"
    inputs = {
      kmsKeyId                    = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      cloudWatchLogGroupName      = "/ssm/sessions"
      cloudWatchEncryptionEnabled = true
    }
  })
}

resource "aws_ssm_document" "patch" {
  name          = "patch-fleet"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Patch the fleet"
    mainSteps     = [{ action = "aws:runShellScript", name = "patch", inputs = { runCommand = ["yum -y update"] } }]
  })
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}
