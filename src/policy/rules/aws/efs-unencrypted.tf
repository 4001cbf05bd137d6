# expect: aws-efs-unencrypted
resource "aws_efs_file_system" "uploads" {
  creation_token   = "uploads"
  performance_mode = "generalPurpose"
}

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  # expect: aws-efs-unencrypted
  encrypted = false
}

resource "aws_efs_file_system" "home" {
  creation_token = "home"
  encrypted      = true
}
