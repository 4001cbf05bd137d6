# expect: aws-networkfirewall-policy-without-cmk
resource "aws_networkfirewall_firewall_policy" "egress" {
  name = "egress"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }
}

resource "aws_kms_key" "firewall" {
  description         = "Network Firewall"
  enable_key_rotation = true
}

resource "aws_networkfirewall_firewall_policy" "inspection" {
  name = "inspection"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }

  encryption_configuration {
    type   = "CUSTOMER_KMS"
    key_id = aws_kms_key.firewall.arn
  }
}
