variable "context" {
  type = any
  default = {
    enabled     = true
    namespace   = null
    environment = null
    stage       = null
    name        = null
    delimiter   = null
    attributes  = []
    tags        = {}
    label_order = []
  }
}
variable "enabled" {
  type    = bool
  default = null
}
variable "namespace" {
  type    = string
  default = null
}
variable "stage" {
  type    = string
  default = null
}
variable "name" {
  type    = string
  default = null
}
variable "delimiter" {
  type    = string
  default = null
}
variable "attributes" {
  type    = list(string)
  default = []
}
variable "tags" {
  type    = map(string)
  default = {}
}

locals {
  input = {
    enabled    = var.enabled == null ? var.context.enabled : var.enabled
    namespace  = var.namespace == null ? var.context.namespace : var.namespace
    stage      = var.stage == null ? var.context.stage : var.stage
    name       = var.name == null ? var.context.name : var.name
    delimiter  = var.delimiter == null ? var.context.delimiter : var.delimiter
    attributes = compact(distinct(concat(coalesce(var.context.attributes, []), coalesce(var.attributes, []))))
    tags       = merge(var.context.tags, var.tags)
  }
  enabled   = local.input.enabled
  delimiter = local.input.delimiter == null ? "-" : local.input.delimiter
  id_parts  = [for p in [local.input.namespace, local.input.stage, local.input.name] : p if p != null && p != ""]
  id        = lower(join(local.delimiter, concat(local.id_parts, local.input.attributes)))
  tags = merge(local.input.tags, { for k, v in { Namespace = local.input.namespace, Stage = local.input.stage, Name = local.id } : k => v if v != null })
}

output "enabled" {
  value = local.enabled
}
output "id" {
  value = local.enabled ? local.id : ""
}
output "tags" {
  value = local.enabled ? local.tags : {}
}
output "context" {
  value = merge(var.context, local.input)
}
