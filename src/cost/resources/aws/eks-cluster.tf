provider "aws" {
  region = "us-west-2"
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = "1.34"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

# 1.31 left standard support on 2025-11-26: extended support costs $0.50 an hour more
resource "aws_eks_cluster" "legacy" {
  name     = "legacy"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = "1.31"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

# opted out of extended support: AWS upgrades it at the end of standard support
resource "aws_eks_cluster" "pinned" {
  name     = "pinned"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = "1.32"

  upgrade_policy {
    support_type = "STANDARD"
  }

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

variable "kubernetes_version" {
  type = string
}

resource "aws_eks_cluster" "configurable" {
  name     = "configurable"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = var.kubernetes_version

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}
