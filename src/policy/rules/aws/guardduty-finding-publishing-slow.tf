# expect: aws-guardduty-finding-publishing-slow
resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_guardduty_detector" "eu" {
  enable = true
  # expect: aws-guardduty-finding-publishing-slow
  finding_publishing_frequency = "SIX_HOURS"
}

resource "aws_guardduty_detector" "audit" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}
