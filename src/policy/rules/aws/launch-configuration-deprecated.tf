# expect: aws-launch-configuration-deprecated
resource "aws_launch_configuration" "web" {
  name_prefix   = "web-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_autoscaling_group" "web" {
  name                = "web"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]
  # expect: aws-launch-configuration-deprecated
  launch_configuration = aws_launch_configuration.web.name
}

resource "aws_launch_template" "api" {
  name_prefix   = "api-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
}

resource "aws_autoscaling_group" "api" {
  name                = "api"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]

  launch_template {
    id      = aws_launch_template.api.id
    version = aws_launch_template.api.latest_version
  }
}
