provider "aws" {
  region = "eu-central-1"
}

resource "aws_networkfirewall_firewall" "egress" {
  name                = "egress"
  firewall_policy_arn = "arn:aws:network-firewall:eu-central-1:123456789012:firewall-policy/egress"
  vpc_id              = "vpc-0a1b2c3d"

  subnet_mapping {
    subnet_id = "subnet-0a1b2c3d"
  }

  subnet_mapping {
    subnet_id = "subnet-4e5f6a7b"
  }

  subnet_mapping {
    subnet_id = "subnet-8c9d0e1f"
  }
}

resource "aws_networkfirewall_firewall" "inspection" {
  name                = "inspection"
  firewall_policy_arn = "arn:aws:network-firewall:eu-central-1:123456789012:firewall-policy/inspection"
  vpc_id              = "vpc-0a1b2c3d"

  subnet_mapping {
    subnet_id = "subnet-0a1b2c3d"
  }
}
