variable "create_vpc" {
  type    = bool
  default = true
}
variable "putin_khuylo" {
  type    = bool
  default = true
}
variable "name" {
  type    = string
  default = ""
}
variable "cidr" {
  type    = string
  default = "10.0.0.0/16"
}
variable "use_ipam_pool" {
  type    = bool
  default = false
}
variable "ipv4_ipam_pool_id" {
  type    = string
  default = null
}
variable "instance_tenancy" {
  type    = string
  default = "default"
}
variable "enable_dns_hostnames" {
  type    = bool
  default = true
}
variable "enable_dns_support" {
  type    = bool
  default = true
}
variable "enable_ipv6" {
  type    = bool
  default = false
}
variable "secondary_cidr_blocks" {
  type    = list(string)
  default = []
}
variable "azs" {
  type    = list(string)
  default = []
}
variable "public_subnets" {
  type    = list(string)
  default = []
}
variable "public_subnet_names" {
  type    = list(string)
  default = []
}
variable "public_subnet_ipv6_prefixes" {
  type    = list(string)
  default = []
}
variable "public_subnet_ipv6_native" {
  type    = bool
  default = false
}
variable "private_subnets" {
  type    = list(string)
  default = []
}
variable "private_subnet_ipv6_prefixes" {
  type    = list(string)
  default = []
}
variable "public_subnet_suffix" {
  type    = string
  default = "public"
}
variable "public_subnet_tags_per_az" {
  type    = map(map(string))
  default = {}
}
variable "map_public_ip_on_launch" {
  type    = bool
  default = false
}
variable "create_multiple_public_route_tables" {
  type    = bool
  default = false
}
variable "single_nat_gateway" {
  type    = bool
  default = false
}
variable "one_nat_gateway_per_az" {
  type    = bool
  default = false
}
variable "enable_nat_gateway" {
  type    = bool
  default = false
}
variable "reuse_nat_ips" {
  type    = bool
  default = false
}
variable "external_nat_ip_ids" {
  type    = list(string)
  default = []
}
variable "create_igw" {
  type    = bool
  default = true
}
variable "enable_flow_log" {
  type    = bool
  default = false
}
variable "flow_log_destination_type" {
  type    = string
  default = "cloud-watch-logs"
}
variable "flow_log_destination_arn" {
  type    = string
  default = ""
}
variable "flow_log_traffic_type" {
  type    = string
  default = "ALL"
}
variable "flow_log_file_format" {
  type    = string
  default = null
}
variable "flow_log_per_hour_partition" {
  type    = bool
  default = false
}
variable "manage_default_security_group" {
  type    = bool
  default = true
}
variable "default_security_group_name" {
  type    = string
  default = null
}
variable "default_security_group_ingress" {
  type    = list(map(string))
  default = []
}
variable "tags" {
  type    = map(string)
  default = {}
}
variable "vpc_tags" {
  type    = map(string)
  default = {}
}
