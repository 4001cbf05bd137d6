provider "aws" {
  region = "eu-west-1"
}

resource "aws_eks_fargate_profile" "default" {
  cluster_name           = "main"
  fargate_profile_name   = "default"
  pod_execution_role_arn = "arn:aws:iam::123456789012:role/eks-fargate"
  subnet_ids             = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  selector {
    namespace = "default"
  }
}

resource "aws_eks_fargate_profile" "jobs" {
  cluster_name           = "main"
  fargate_profile_name   = "jobs"
  pod_execution_role_arn = "arn:aws:iam::123456789012:role/eks-fargate"
  subnet_ids             = ["subnet-0a1b2c3d"]

  selector {
    namespace = "jobs"
    labels = {
      runtime = "fargate"
    }
  }
}
