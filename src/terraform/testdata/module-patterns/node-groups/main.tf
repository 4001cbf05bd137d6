# A cluster module with node groups from a map of objects: try() chains over optional attributes,
# a nested module with for_each, null inputs, a dynamic block over an optional value.
locals {
  subnets = ["subnet-a", "subnet-b", "subnet-c"]
}

module "eks" {
  source       = "./modules/eks"
  cluster_name = "ex-eks"
  subnet_ids   = local.subnets

  cluster_encryption_config = {
    provider_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/abcd"
  }

  eks_managed_node_group_defaults = {
    instance_types = ["m6i.large"]
  }

  eks_managed_node_groups = {
    default = {}
    spot = {
      capacity_type  = "SPOT"
      instance_types = ["m5.large", "m5a.large"]
      min_size       = 0
      labels         = { lifecycle = "spot" }
      taints = {
        dedicated = { key = "spot", value = "true", effect = "NO_SCHEDULE" }
      }
    }
    custom = {
      name               = "custom-lt"
      launch_template_id = "lt-0123456789"
      taints             = null
    }
  }
}

module "eks_disabled" {
  source       = "./modules/eks"
  create       = false
  cluster_name = "off"
  eks_managed_node_groups = {
    ignored = { min_size = 2 }
  }
}
