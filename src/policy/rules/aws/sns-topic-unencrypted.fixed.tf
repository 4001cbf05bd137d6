# expect: aws-sns-topic-unencrypted
resource "aws_sns_topic" "signups" {
  name = "signups"
  kms_master_key_id = aws_kms_key.signups_sns.arn
}

resource "aws_kms_key" "signups_sns" {
  description         = "SNS topic signups"
  enable_key_rotation = true
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
