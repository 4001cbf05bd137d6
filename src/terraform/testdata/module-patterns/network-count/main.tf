# A VPC module called the way its examples call it: subnets from a for expression over the
# zones, one NAT gateway, flow logs to S3, a second call that creates nothing.
locals {
  name     = "ex-vpc"
  vpc_cidr = "10.0.0.0/16"
  azs      = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  tags     = { Example = local.name }
}

module "vpc" {
  source = "./modules/vpc"

  name                = local.name
  cidr                = local.vpc_cidr
  azs                 = local.azs
  private_subnets     = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 4, k)]
  public_subnets      = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 8, k + 48)]
  public_subnet_names = ["Public Subnet One", "Public Subnet Two"]

  enable_nat_gateway             = true
  single_nat_gateway             = true
  enable_flow_log                = true
  flow_log_destination_type      = "s3"
  flow_log_destination_arn       = "arn:aws:s3:::flow-logs"
  default_security_group_ingress = [{ self = true, description = "self" }]
  default_security_group_name    = null
  tags                           = local.tags
}

module "disabled" {
  source     = "./modules/vpc"
  create_vpc = false
  azs        = local.azs
  public_subnets = ["10.1.0.0/24"]
}
