resource "aws_autoscaling_group" "workers" {
  name                = "workers"
  min_size            = 0
  max_size            = 50
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]
  capacity_rebalance  = true

  mixed_instances_policy {
    instances_distribution {
      on_demand_percentage_above_base_capacity = 0
    }

    launch_template {
      launch_template_specification {
        launch_template_id = "lt-0123456789abcdef0"
      }

      # expect: aws-autoscaling-spot-single-instance-type
      override {
        instance_type = "c6i.2xlarge"
      }
    }
  }
}

resource "aws_autoscaling_group" "batch" {
  name                = "batch"
  min_size            = 0
  max_size            = 50
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]
  capacity_rebalance  = true

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
        instance_requirements {
          vcpu_count {
            min = 4
            max = 8
          }
          memory_mib {
            min = 8192
          }
        }
      }
    }
  }
}
