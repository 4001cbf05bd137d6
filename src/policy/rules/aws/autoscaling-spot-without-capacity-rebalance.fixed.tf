# expect: aws-autoscaling-spot-without-capacity-rebalance
resource "aws_autoscaling_group" "workers" {
  name                = "workers"
  min_size            = 0
  max_size            = 50
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]
  capacity_rebalance = true

  mixed_instances_policy {
    instances_distribution {
      on_demand_percentage_above_base_capacity = 0
      spot_allocation_strategy                 = "price-capacity-optimized"
    }

    launch_template {
      launch_template_specification {
        launch_template_id = "lt-0123456789abcdef0"
      }

      override {
        instance_type = "m6i.large"
      }

      override {
        instance_type = "m5.large"
      }
    }
  }
}

resource "aws_autoscaling_group" "api" {
  name                = "api"
  min_size            = 2
  max_size            = 6
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}
