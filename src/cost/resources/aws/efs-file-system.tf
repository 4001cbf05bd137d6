provider "aws" {
  region = "us-east-1"
}

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true

  lifecycle_policy {
    transition_to_ia = "AFTER_30_DAYS"
  }
}

resource "aws_efs_file_system" "build_cache" {
  creation_token         = "build-cache"
  availability_zone_name = "us-east-1a"
}

resource "aws_efs_file_system" "media" {
  creation_token                  = "media"
  throughput_mode                 = "provisioned"
  provisioned_throughput_in_mibps = 64
}

variable "throughput" {
  type = number
}

resource "aws_efs_file_system" "tuned" {
  creation_token                  = "tuned"
  throughput_mode                 = "provisioned"
  provisioned_throughput_in_mibps = var.throughput
}
