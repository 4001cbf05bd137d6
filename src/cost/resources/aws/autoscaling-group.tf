provider "aws" {
  region = "us-east-1"
}

resource "aws_launch_template" "web" {
  name_prefix   = "web-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "m5.large"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 30
      volume_type = "gp3"
    }
  }
}

# three on-demand m5.large with a 30 GB gp3 root volume each
resource "aws_autoscaling_group" "web" {
  name                = "web"
  desired_capacity    = 3
  min_size            = 2
  max_size            = 6
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = aws_launch_template.web.id
    version = "$Latest"
  }
}

resource "aws_launch_template" "workers" {
  name     = "workers"
  image_id = "ami-0c55b159cbfafe1f0"
}

# 6 instances: 1 on-demand base, 25% of the other 5 on-demand (rounded up to 2), 3 spot
resource "aws_autoscaling_group" "workers" {
  name                = "workers"
  desired_capacity    = 6
  min_size            = 1
  max_size            = 20
  vpc_zone_identifier = ["subnet-0a1b2c3d"]

  mixed_instances_policy {
    instances_distribution {
      on_demand_base_capacity                  = 1
      on_demand_percentage_above_base_capacity = 25
      spot_allocation_strategy                 = "price-capacity-optimized"
    }
    launch_template {
      launch_template_specification {
        launch_template_name = aws_launch_template.workers.name
      }
      override {
        instance_type = "c5.xlarge"
      }
      override {
        instance_type = "c5a.xlarge"
      }
    }
  }
}

resource "aws_launch_configuration" "legacy" {
  name_prefix   = "legacy-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"

  root_block_device {
    volume_type = "gp2"
    volume_size = 20
  }
}

# no desired_capacity: min_size instances run
resource "aws_autoscaling_group" "legacy" {
  name                 = "legacy"
  min_size             = 2
  max_size             = 4
  launch_configuration = aws_launch_configuration.legacy.name
  vpc_zone_identifier  = ["subnet-0a1b2c3d"]
}

data "aws_ssm_parameter" "capacity" {
  name = "/app/capacity"
}

resource "aws_autoscaling_group" "sized_elsewhere" {
  name                = "sized-elsewhere"
  desired_capacity    = data.aws_ssm_parameter.capacity.value
  min_size            = 1
  max_size            = 10
  vpc_zone_identifier = ["subnet-0a1b2c3d"]

  launch_template {
    id = aws_launch_template.web.id
  }
}

# scales from nothing: how many run is usage, not $0
resource "aws_autoscaling_group" "on_demand_jobs" {
  name                = "on-demand-jobs"
  min_size            = 0
  max_size            = 20
  vpc_zone_identifier = ["subnet-0a1b2c3d"]

  launch_template {
    id = aws_launch_template.web.id
  }
}

# the same, with usage "instances" = 4 (autoscaling-group.usage.json)
resource "aws_autoscaling_group" "batch" {
  name                = "batch"
  min_size            = 0
  max_size            = 20
  vpc_zone_identifier = ["subnet-0a1b2c3d"]

  launch_template {
    id = aws_launch_template.web.id
  }
}
