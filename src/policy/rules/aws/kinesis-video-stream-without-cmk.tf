# expect: aws-kinesis-video-stream-without-cmk
resource "aws_kinesis_video_stream" "lobby" {
  name                    = "lobby-camera"
  data_retention_in_hours = 24
  media_type              = "video/h264"
}

resource "aws_kms_key" "video" {
  description         = "Camera streams"
  enable_key_rotation = true
}

resource "aws_kinesis_video_stream" "warehouse" {
  name                    = "warehouse-camera"
  data_retention_in_hours = 24
  media_type              = "video/h264"
  kms_key_id              = aws_kms_key.video.arn
}
