resource "aws_security_group" "bastion" {
  name = "bastion"
}

resource "aws_eks_node_group" "debug" {
  cluster_name    = "platform"
  node_group_name = "debug"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  # expect: aws-eks-node-group-ssh-open
  remote_access {
    ec2_ssh_key = "ops"
  }
}

resource "aws_eks_node_group" "workers" {
  cluster_name    = "platform"
  node_group_name = "workers"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]

  scaling_config {
    desired_size = 3
    max_size     = 6
    min_size     = 3
  }

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = [aws_security_group.bastion.id]
  }
}
