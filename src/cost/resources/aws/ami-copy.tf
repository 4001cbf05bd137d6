provider "aws" {
  region = "eu-central-1"
}

resource "aws_ami_copy" "base_image" {
  name              = "base-2026-11"
  source_ami_id     = "ami-0c55b159cbfafe1f0"
  source_ami_region = "us-east-1"
}

resource "aws_ami_copy" "gpu_image" {
  name              = "gpu-2026-11"
  source_ami_id     = "ami-0a1b2c3d4e5f6a7b8"
  source_ami_region = "us-east-1"
}
