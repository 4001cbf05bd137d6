# expect: aws-ebs-snapshot-copy-unencrypted
resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "us-west-2"

  tags = {
    Name = "dr-copy"
  }
}

resource "aws_ebs_snapshot_copy" "dr_encrypted" {
  source_snapshot_id = "snap-0fedcba9876543210"
  source_region      = "us-west-2"
  encrypted          = true
  kms_key_id         = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
