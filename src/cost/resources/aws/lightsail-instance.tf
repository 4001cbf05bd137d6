provider "aws" {
  region = "eu-west-2"
}

resource "aws_lightsail_instance" "blog" {
  name              = "blog"
  availability_zone = "eu-west-2a"
  blueprint_id      = "wordpress"
  bundle_id         = "small_3_0"
}

resource "aws_lightsail_instance" "build" {
  name              = "build"
  availability_zone = "eu-west-2a"
  blueprint_id      = "windows_server_2022"
  bundle_id         = "large_win_3_0"
}

resource "aws_lightsail_instance" "edge" {
  name              = "edge"
  availability_zone = "eu-west-2b"
  blueprint_id      = "ubuntu_22_04"
  bundle_id         = "nano_ipv6_3_0"
  ip_address_type   = "ipv6"
}

resource "aws_lightsail_instance" "old" {
  name              = "old"
  availability_zone = "eu-west-2a"
  blueprint_id      = "amazon_linux_2"
  bundle_id         = "micro_2_0"
}
