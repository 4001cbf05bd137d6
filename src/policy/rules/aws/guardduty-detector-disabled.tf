resource "aws_guardduty_detector" "main" {
  # expect: aws-guardduty-detector-disabled
  enable = false
}

resource "aws_guardduty_detector" "eu" {
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}
