resource "aws_connect_instance_storage_config" "media" {
  instance_id   = "aaaaaaaa-bbbb-cccc-dddd-111111111111"
  resource_type = "MEDIA_STREAMS"

  storage_config {
    # expect: aws-connect-kinesis-video-storage-without-cmk
    kinesis_video_stream_config {
      prefix                 = "calls"
      retention_period_hours = 24

      encryption_config {
        encryption_type = "KMS"
        key_id          = "alias/aws/kinesisvideo"
      }
    }
    storage_type = "KINESIS_VIDEO_STREAM"
  }
}

resource "aws_kms_key" "connect" {
  description         = "Amazon Connect"
  enable_key_rotation = true
}

resource "aws_connect_instance_storage_config" "media_eu" {
  instance_id   = "aaaaaaaa-bbbb-cccc-dddd-222222222222"
  resource_type = "MEDIA_STREAMS"

  storage_config {
    kinesis_video_stream_config {
      prefix                 = "calls"
      retention_period_hours = 24

      encryption_config {
        encryption_type = "KMS"
        key_id          = aws_kms_key.connect.arn
      }
    }
    storage_type = "KINESIS_VIDEO_STREAM"
  }
}
