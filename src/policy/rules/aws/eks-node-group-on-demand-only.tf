# expect: aws-eks-node-group-on-demand-only
resource "aws_eks_node_group" "workers" {
  cluster_name    = "platform"
  node_group_name = "workers"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]
  instance_types  = ["m6i.large"]

  scaling_config {
    desired_size = 3
    max_size     = 6
    min_size     = 3
  }
}

resource "aws_eks_node_group" "system" {
  cluster_name    = "platform"
  node_group_name = "system"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]
  # expect: aws-eks-node-group-on-demand-only
  capacity_type = "ON_DEMAND"

  scaling_config {
    desired_size = 2
    max_size     = 2
    min_size     = 2
  }
}

resource "aws_eks_node_group" "batch" {
  cluster_name    = "platform"
  node_group_name = "batch"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]
  capacity_type   = "SPOT"
  instance_types  = ["m6i.large", "m5.large", "m6a.large"]

  scaling_config {
    desired_size = 0
    max_size     = 20
    min_size     = 0
  }
}
