resource "aws_networkfirewall_firewall_policy" "egress" {
  name = "egress"

  firewall_policy {
    # expect: aws-networkfirewall-policy-stateless-default-pass
    stateless_default_actions = ["aws:forward_to_sfe"]
    # expect: aws-networkfirewall-policy-stateless-default-pass
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }
}

resource "aws_networkfirewall_firewall_policy" "inspection" {
  name = "inspection"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:drop"]
  }
}
