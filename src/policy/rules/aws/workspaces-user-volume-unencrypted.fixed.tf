# expect: aws-workspaces-user-volume-unencrypted
resource "aws_workspaces_workspace" "alice" {
  directory_id = "d-1234567890"
  bundle_id    = "wsb-0123456789"
  user_name    = "alice"
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = true
  volume_encryption_key = "alias/aws/workspaces"
}

resource "aws_workspaces_workspace" "bob" {
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-0123456789"
  user_name                      = "bob"
  root_volume_encryption_enabled = true
  # expect: aws-workspaces-user-volume-unencrypted
  user_volume_encryption_enabled = true
  volume_encryption_key          = "alias/aws/workspaces"
}

resource "aws_workspaces_workspace" "carol" {
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-0123456789"
  user_name                      = "carol"
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = true
  volume_encryption_key          = "alias/aws/workspaces"
}
