variable "admin_cidrs" {
  default = ["0.0.0.0/0"]
}

resource "aws_eks_cluster" "default_endpoint" {
  name     = "platform"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  # expect: aws-eks-public-endpoint-open
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_eks_cluster" "restricted_by_variable" {
  name     = "data"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_public_access = true
    # expect: aws-eks-public-endpoint-open
    public_access_cidrs = var.admin_cidrs
  }
}

resource "aws_eks_cluster" "office_only" {
  name     = "tools"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids          = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    public_access_cidrs = ["203.0.113.0/24"]
  }
}

resource "aws_eks_cluster" "private" {
  name     = "payments"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}
