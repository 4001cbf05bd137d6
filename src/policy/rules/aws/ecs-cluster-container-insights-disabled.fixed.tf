# expect: aws-ecs-cluster-container-insights-disabled
resource "aws_ecs_cluster" "staging" {
  name = "staging"

  setting {
    name = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_cluster" "batch" {
  name = "batch"

  setting {
    name = "containerInsights"
    # expect: aws-ecs-cluster-container-insights-disabled
    value = "enabled" # turned off while we tune costs
  }
}

resource "aws_ecs_cluster" "prod" {
  name = "prod"

  setting {
    name  = "containerInsights"
    value = "enhanced"
  }
}
