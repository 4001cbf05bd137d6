variable "create" {
  type    = bool
  default = true
}
variable "cluster_name" {
  type = string
}
variable "subnet_ids" {
  type    = list(string)
  default = []
}
variable "control_plane_subnet_ids" {
  type    = list(string)
  default = []
}
variable "cluster_encryption_config" {
  type = object({
    provider_key_arn = optional(string)
    resources        = optional(list(string), ["secrets"])
  })
  default = {}
}
variable "eks_managed_node_groups" {
  type    = any
  default = {}
}
variable "eks_managed_node_group_defaults" {
  type    = any
  default = {}
}
variable "tags" {
  type    = map(string)
  default = {}
}

locals {
  create = var.create
  # a map filtered by a flag, so for_each keys stay known
  node_groups = { for k, v in var.eks_managed_node_groups : k => v if local.create }
  enable_encryption = local.create && length(var.cluster_encryption_config) > 0
}

resource "aws_iam_role" "cluster" {
  count = local.create ? 1 : 0
  name  = "${var.cluster_name}-cluster"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Action = "sts:AssumeRole", Effect = "Allow", Principal = { Service = "eks.amazonaws.com" } }]
  })
  tags = var.tags
}

resource "aws_eks_cluster" "this" {
  count    = local.create ? 1 : 0
  name     = var.cluster_name
  role_arn = aws_iam_role.cluster[0].arn

  vpc_config {
    subnet_ids              = coalescelist(var.control_plane_subnet_ids, var.subnet_ids)
    endpoint_private_access = true
    endpoint_public_access  = false
  }

  dynamic "encryption_config" {
    for_each = local.enable_encryption && var.cluster_encryption_config.provider_key_arn != null ? [var.cluster_encryption_config] : []
    content {
      provider {
        key_arn = encryption_config.value.provider_key_arn
      }
      resources = encryption_config.value.resources
    }
  }

  enabled_cluster_log_types = ["api", "audit", "authenticator"]
  tags                      = var.tags
}

module "eks_managed_node_group" {
  source   = "./modules/node-group"
  for_each = local.node_groups

  cluster_name   = try(aws_eks_cluster.this[0].name, "")
  name           = try(each.value.name, each.key)
  subnet_ids     = try(each.value.subnet_ids, var.eks_managed_node_group_defaults.subnet_ids, var.subnet_ids)
  min_size       = try(each.value.min_size, var.eks_managed_node_group_defaults.min_size, 1)
  max_size       = try(each.value.max_size, var.eks_managed_node_group_defaults.max_size, 3)
  desired_size   = try(each.value.desired_size, var.eks_managed_node_group_defaults.desired_size, 1)
  instance_types = try(each.value.instance_types, var.eks_managed_node_group_defaults.instance_types, null)
  capacity_type  = try(each.value.capacity_type, var.eks_managed_node_group_defaults.capacity_type, null)
  labels         = try(each.value.labels, var.eks_managed_node_group_defaults.labels, null)
  taints         = try(each.value.taints, var.eks_managed_node_group_defaults.taints, {})
  launch_template_id = try(each.value.launch_template_id, null)
  tags           = merge(var.tags, try(each.value.tags, var.eks_managed_node_group_defaults.tags, {}))
}

output "cluster_name" {
  value = try(aws_eks_cluster.this[0].name, null)
}
output "node_group_names" {
  value = { for k, v in module.eks_managed_node_group : k => v.name }
}
