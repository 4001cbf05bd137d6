provider "aws" {
  region = "us-west-2"
}

resource "aws_ec2_traffic_mirror_filter" "all" {
  description = "all traffic"
}

resource "aws_ec2_traffic_mirror_target" "nlb" {
  network_load_balancer_arn = "arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/net/ids/0a1b2c3d4e5f6a7b"
}

resource "aws_ec2_traffic_mirror_session" "web" {
  count                    = 2
  network_interface_id     = "eni-0a1b2c3d4e5f6a7b${count.index}"
  session_number           = count.index + 1
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.all.id
  traffic_mirror_target_id = aws_ec2_traffic_mirror_target.nlb.id
}
