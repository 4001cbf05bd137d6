resource "aws_connect_instance_storage_config" "recordings" {
  instance_id   = "aaaaaaaa-bbbb-cccc-dddd-111111111111"
  resource_type = "CALL_RECORDINGS"

  storage_config {
    # expect: aws-connect-s3-storage-without-cmk
    s3_config {
      bucket_name   = "connect-recordings"
      bucket_prefix = "calls"
    }
    storage_type = "S3"
  }
}

resource "aws_kms_key" "connect" {
  description         = "Amazon Connect"
  enable_key_rotation = true
}

resource "aws_connect_instance_storage_config" "transcripts" {
  instance_id   = "aaaaaaaa-bbbb-cccc-dddd-111111111111"
  resource_type = "CHAT_TRANSCRIPTS"

  storage_config {
    s3_config {
      bucket_name   = "connect-transcripts"
      bucket_prefix = "chats"

      encryption_config {
        encryption_type = "KMS"
        key_id          = aws_kms_key.connect.arn
      }
    }
    storage_type = "S3"
  }
}
