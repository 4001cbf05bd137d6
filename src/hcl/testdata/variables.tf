variable "create_vpc" {
  description = "Controls if VPC should be created (it affects almost all resources)"
  type        = bool
  default     = true
}

variable "name" {
  description = "Name to be used on all the resources as identifier"
  type        = string
  default     = ""
}

variable "cidr" {
  description = "(Optional) The IPv4 CIDR block for the VPC."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrhost(var.cidr, 0))
    error_message = "Must be a valid IPv4 CIDR block address."
  }
}

variable "azs" {
  description = "A list of availability zones names or ids in the region"
  type        = list(string)
  default     = []
}

variable "private_subnets" {
  description = "A list of private subnets inside the VPC"
  type        = list(string)
  default     = ["10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24"]
}

variable "subnets" {
  description = "Subnets by name."
  type = map(object({
    cidr    = string
    az      = string
    public  = optional(bool, false)
    tags    = optional(map(string), {})
    enabled = optional(bool, true)
  }))
  default = {}

  validation {
    condition = alltrue([
      for s in values(var.subnets) : can(cidrnetmask(s.cidr))
    ])
    error_message = "Every subnet needs a valid CIDR block."
  }
}

variable "instance_tenancy" {
  description = "A tenancy option for instances launched into the VPC"
  type        = string
  default     = "default"

  validation {
    condition     = contains(["default", "dedicated"], var.instance_tenancy)
    error_message = "Allowed values are \"default\" and \"dedicated\"."
  }
}

variable "tags" {
  description = "A map of tags to add to all resources"
  type        = map(string)
  default     = {}
}

variable "eks_managed_node_groups" {
  description = "Map of EKS managed node group definitions to create"
  type        = any
  default     = {}
}

variable "cluster_timeouts" {
  description = "Create, update, and delete timeout configurations for the cluster"
  type        = map(string)
  default     = {}
}

variable "ports" {
  type    = set(number)
  default = [80, 443]
}

variable "weights" {
  type    = tuple([string, number, bool])
  default = ["a", 1.5, true]
}

variable "password" {
  description = <<-EOT
    Password for the master DB user. Note that this may show up in logs, and it will be stored in
    the state file. The password provided will not be used if `manage_master_user_password` is set
    to true.
  EOT
  type        = string
  default     = null
  sensitive   = true
  nullable    = true
}

variable "allocated_storage" {
  description = "The allocated storage in gigabytes"
  type        = number
  default     = 20

  validation {
    condition     = var.allocated_storage >= 20 && var.allocated_storage <= 65536
    error_message = "Storage must be between 20 and 65536 GiB, got ${var.allocated_storage}."
  }
}

variable "lifecycle_rule" {
  description = "List of maps containing configuration of object lifecycle management."
  type        = any
  default = [
    {
      id      = "log"
      enabled = true
      filter = {
        tags = {
          some    = "value"
          another = "value2"
        }
      }
      transition = [
        {
          days          = 30
          storage_class = "ONEZONE_IA"
        }, {
          days          = 60
          storage_class = "GLACIER"
        }
      ]
    },
  ]
}

variable "empty" {}
