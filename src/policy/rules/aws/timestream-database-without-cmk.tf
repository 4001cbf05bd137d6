# expect: aws-timestream-database-without-cmk
resource "aws_timestreamwrite_database" "metrics" {
  database_name = "fleet-metrics"
}

resource "aws_kms_key" "timestream" {
  description         = "Timestream"
  enable_key_rotation = true
}

resource "aws_timestreamwrite_database" "telemetry" {
  database_name = "fleet-telemetry"
  kms_key_id    = aws_kms_key.timestream.arn
}
