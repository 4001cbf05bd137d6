# Module calls with for_each over a map of objects and null inputs, a data source read at plan
# time driving a count, and moved blocks from an earlier layout.
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

data "aws_subnets" "private" {
  filter {
    name   = "tag:Tier"
    values = ["private"]
  }
}

locals {
  services = {
    api = { image_id = "ami-0123456789abcdef0", volumes = { data = { size = 100 } } }
    worker = { image_id = null, volumes = null }
  }
}

module "service" {
  source        = "./modules/service"
  for_each      = local.services
  name          = each.key
  subnet_ids    = ["subnet-a"]
  image_id      = each.value.image_id
  extra_volumes = each.value.volumes == null ? {} : each.value.volumes
}

resource "aws_route_table_association" "private" {
  count          = length(data.aws_subnets.private.ids)
  subnet_id      = data.aws_subnets.private.ids[count.index]
  route_table_id = "rtb-123"
}

moved {
  from = module.api
  to   = module.service["api"]
}

moved {
  from = aws_route_table_association.this
  to   = aws_route_table_association.private
}
