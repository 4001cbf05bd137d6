# expect: aws-networkfirewall-deletion-protection-disabled
resource "aws_networkfirewall_firewall" "egress" {
  name                = "egress"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/egress"
  vpc_id              = "vpc-0123456789abcdef0"
  delete_protection = true

  subnet_mapping {
    subnet_id = "subnet-0a1b2c3d4e5f60001"
  }
}

resource "aws_networkfirewall_firewall" "inspection" {
  name                = "inspection"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/inspection"
  vpc_id              = "vpc-0123456789abcdef1"
  delete_protection   = true

  subnet_mapping {
    subnet_id = "subnet-0a1b2c3d4e5f60011"
  }
}
