# expect: aws-ecs-cluster-container-insights-disabled
resource "aws_ecs_cluster" "staging" {
  name = "staging"
}

resource "aws_ecs_cluster" "batch" {
  name = "batch"

  setting {
    name = "containerInsights"
    # expect: aws-ecs-cluster-container-insights-disabled
    value = "disabled" # turned off while we tune costs
  }
}

resource "aws_ecs_cluster" "prod" {
  name = "prod"

  setting {
    name  = "containerInsights"
    value = "enhanced"
  }
}
