variable "create" {
  type    = bool
  default = true
}
variable "cluster_name" {
  type    = string
  default = null
}
variable "name" {
  type    = string
  default = ""
}
variable "subnet_ids" {
  type    = list(string)
  default = null
}
variable "min_size" {
  type    = number
  default = 0
}
variable "max_size" {
  type    = number
  default = 3
}
variable "desired_size" {
  type    = number
  default = 1
}
variable "instance_types" {
  type    = list(string)
  default = null
}
variable "capacity_type" {
  type    = string
  default = "ON_DEMAND"
}
variable "labels" {
  type    = map(string)
  default = null
}
variable "taints" {
  type = map(object({
    key    = string
    value  = optional(string)
    effect = string
  }))
  default  = {}
  nullable = false
}
variable "launch_template_id" {
  type    = string
  default = null
}
variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_iam_role" "this" {
  count = var.create ? 1 : 0
  name  = "${var.name}-eks-node-group"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Action = "sts:AssumeRole", Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_eks_node_group" "this" {
  count = var.create ? 1 : 0

  cluster_name    = var.cluster_name
  node_group_name = var.name
  node_role_arn   = aws_iam_role.this[0].arn
  subnet_ids      = var.subnet_ids

  scaling_config {
    min_size     = var.min_size
    max_size     = var.max_size
    desired_size = var.desired_size
  }

  instance_types = var.launch_template_id != null ? null : var.instance_types
  capacity_type  = var.capacity_type
  labels         = var.labels

  dynamic "launch_template" {
    for_each = var.launch_template_id != null ? [var.launch_template_id] : []
    content {
      id      = launch_template.value
      version = "$Latest"
    }
  }

  dynamic "taint" {
    for_each = var.taints
    content {
      key    = taint.value.key
      value  = try(taint.value.value, null)
      effect = taint.value.effect
    }
  }

  tags = merge(var.tags, { Name = var.name })
}

output "name" {
  value = try(aws_eks_node_group.this[0].node_group_name, "")
}
