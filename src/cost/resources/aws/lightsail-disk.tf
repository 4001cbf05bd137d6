provider "aws" {
  region = "eu-west-2"
}

resource "aws_lightsail_disk" "media" {
  name              = "media"
  size_in_gb        = 128
  availability_zone = "eu-west-2a"
}
