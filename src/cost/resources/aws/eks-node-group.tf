provider "aws" {
  region = "us-west-2"
}

resource "aws_eks_node_group" "system" {
  cluster_name    = "main"
  node_group_name = "system"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  scaling_config {
    desired_size = 2
    min_size     = 2
    max_size     = 4
  }
}

resource "aws_eks_node_group" "batch" {
  cluster_name    = "main"
  node_group_name = "batch"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]
  capacity_type   = "SPOT"
  instance_types  = ["m5.xlarge", "m5a.xlarge", "m6i.xlarge"]
  disk_size       = 100

  scaling_config {
    desired_size = 4
    min_size     = 0
    max_size     = 20
  }
}

resource "aws_launch_template" "gpu" {
  name          = "gpu"
  instance_type = "g5.xlarge"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 200
      volume_type = "gp3"
      iops        = 6000
    }
  }
}

resource "aws_eks_node_group" "gpu" {
  cluster_name    = "main"
  node_group_name = "gpu"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]

  launch_template {
    id      = aws_launch_template.gpu.id
    version = aws_launch_template.gpu.latest_version
  }

  scaling_config {
    desired_size = 1
    min_size     = 1
    max_size     = 3
  }
}

variable "node_count" {
  type = number
}

resource "aws_eks_node_group" "apps" {
  cluster_name    = "main"
  node_group_name = "apps"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]
  instance_types  = ["c6g.large"]
  ami_type        = "AL2023_ARM_64_STANDARD"

  scaling_config {
    desired_size = var.node_count
    min_size     = 1
    max_size     = 10
  }
}
