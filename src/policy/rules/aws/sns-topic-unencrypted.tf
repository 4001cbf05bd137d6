# expect: aws-sns-topic-unencrypted
resource "aws_sns_topic" "signups" {
  name = "signups"
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
