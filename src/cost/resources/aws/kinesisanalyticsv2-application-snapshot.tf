provider "aws" {
  region = "eu-west-1"
}

resource "aws_kinesisanalyticsv2_application_snapshot" "before_upgrade" {
  application_name = "enrich"
  snapshot_name    = "before-upgrade"
}

resource "aws_kinesisanalyticsv2_application_snapshot" "weekly" {
  application_name = "enrich"
  snapshot_name    = "weekly"
}
