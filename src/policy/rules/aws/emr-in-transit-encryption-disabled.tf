resource "aws_emr_security_configuration" "legacy" {
  name = "legacy"

  # expect: aws-emr-in-transit-encryption-disabled
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = false
      EnableInTransitEncryption = false
    }
  })
}

resource "aws_emr_security_configuration" "analytics" {
  name = "analytics"

  configuration = <<JSON
{
  "EncryptionConfiguration": {
    "EnableAtRestEncryption": true,
    "EnableInTransitEncryption": true,
    "AtRestEncryptionConfiguration": {
      "S3EncryptionConfiguration": { "EncryptionMode": "SSE-KMS", "AwsKmsKey": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
      "LocalDiskEncryptionConfiguration": { "EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
    },
    "InTransitEncryptionConfiguration": {
      "TLSCertificateConfiguration": { "CertificateProviderType": "PEM", "S3Object": "s3://emr-certificates/analytics.zip" }
    }
  }
}
JSON
}
