variable "region" {
  description = "AWS region to deploy into."
  type        = string
  default     = "eu-west-1"
}

variable "environment" {
  description = "Environment name, used in resource names and tags."
  type        = string
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC."
  type        = string
  default     = "10.20.0.0/16"
}

variable "azs" {
  description = "Availability zones to spread subnets across."
  type        = list(string)
  default     = ["eu-west-1a", "eu-west-1b"]
}

variable "web_instance_type" {
  description = "Instance type of the web tier."
  type        = string
  default     = "m5.large"
}

variable "web_count" {
  type    = number
  default = 2
}

variable "db" {
  description = "Database settings."
  type = object({
    instance_class    = string
    allocated_storage = number
    multi_az          = optional(bool, false)
  })
}

variable "admin_cidrs" {
  description = "Networks allowed to reach the bastion over SSH."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}
