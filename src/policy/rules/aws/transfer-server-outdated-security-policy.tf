# expect: aws-transfer-server-outdated-security-policy
resource "aws_transfer_server" "partners" {
  identity_provider_type = "SERVICE_MANAGED"
  protocols              = ["SFTP"]
}

resource "aws_transfer_server" "suppliers" {
  identity_provider_type = "SERVICE_MANAGED"
  protocols              = ["SFTP"]
  # expect: aws-transfer-server-outdated-security-policy
  security_policy_name = "TransferSecurityPolicy-2020-06"
}

resource "aws_transfer_server" "internal" {
  identity_provider_type = "SERVICE_MANAGED"
  protocols              = ["SFTP"]
  security_policy_name   = "TransferSecurityPolicy-2025-03"
}
