# expect: aws-networkfirewall-logging-missing
resource "aws_networkfirewall_firewall" "egress" {
  name                = "egress"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/egress"
  vpc_id              = "vpc-0123456789abcdef0"

  subnet_mapping {
    subnet_id = "subnet-0a1b2c3d4e5f60001"
  }
}

resource "aws_networkfirewall_firewall" "inspection" {
  name                = "inspection"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/inspection"
  vpc_id              = "vpc-0123456789abcdef1"

  subnet_mapping {
    subnet_id = "subnet-0a1b2c3d4e5f60011"
  }
}

resource "aws_networkfirewall_logging_configuration" "inspection" {
  firewall_arn = aws_networkfirewall_firewall.inspection.arn

  logging_configuration {
    log_destination_config {
      log_destination = {
        bucketName = "firewall-logs"
        prefix     = "inspection"
      }
      log_destination_type = "S3"
      log_type             = "ALERT"
    }
  }
}
