variable "legacy_version" {
  default = "1.31"
}

resource "aws_eks_cluster" "legacy" {
  name     = "legacy"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"
  # expect: aws-eks-version-extended-support
  version = var.legacy_version

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_eks_cluster" "forgotten" {
  name     = "forgotten"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"
  # expect: aws-eks-version-extended-support
  version = "1.28"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_eks_cluster" "auto_upgraded" {
  name     = "batch"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"
  version  = "1.33"

  upgrade_policy {
    support_type = "STANDARD"
  }

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_eks_cluster" "current" {
  name     = "platform"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"
  version  = "1.34"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}
