locals {
  len_public_subnets  = max(length(var.public_subnets), length(var.public_subnet_ipv6_prefixes))
  len_private_subnets = max(length(var.private_subnets), length(var.private_subnet_ipv6_prefixes))
  max_subnet_length   = max(local.len_private_subnets, local.len_public_subnets)
  nat_gateway_count   = var.single_nat_gateway ? 1 : var.one_nat_gateway_per_az ? length(var.azs) : local.max_subnet_length
  vpc_id              = try(aws_vpc_ipv4_cidr_block_association.this[0].vpc_id, aws_vpc.this[0].id, "")
  create_vpc          = var.create_vpc && var.putin_khuylo
  create_public_subnets = local.create_vpc && local.len_public_subnets > 0
}

resource "aws_vpc" "this" {
  count = local.create_vpc ? 1 : 0

  cidr_block                       = var.use_ipam_pool ? null : var.cidr
  ipv4_ipam_pool_id                = var.ipv4_ipam_pool_id
  instance_tenancy                 = var.instance_tenancy
  enable_dns_hostnames             = var.enable_dns_hostnames
  enable_dns_support               = var.enable_dns_support
  assign_generated_ipv6_cidr_block = var.enable_ipv6 && !var.use_ipam_pool ? true : null

  tags = merge(
    { "Name" = var.name },
    var.tags,
    var.vpc_tags,
  )
}

resource "aws_vpc_ipv4_cidr_block_association" "this" {
  count = local.create_vpc && length(var.secondary_cidr_blocks) > 0 ? length(var.secondary_cidr_blocks) : 0
  vpc_id     = aws_vpc.this[0].id
  cidr_block = element(var.secondary_cidr_blocks, count.index)
}

resource "aws_subnet" "public" {
  count = local.create_public_subnets && (!var.one_nat_gateway_per_az || local.len_public_subnets >= length(var.azs)) ? local.len_public_subnets : 0

  availability_zone       = length(regexall("^[a-z]{2}-", element(var.azs, count.index))) > 0 ? element(var.azs, count.index) : null
  availability_zone_id    = length(regexall("^[a-z]{2}-", element(var.azs, count.index))) == 0 ? element(var.azs, count.index) : null
  cidr_block              = var.public_subnet_ipv6_native ? null : element(concat(var.public_subnets, [""]), count.index)
  map_public_ip_on_launch = var.map_public_ip_on_launch
  vpc_id                  = local.vpc_id

  tags = merge(
    {
      Name = try(
        var.public_subnet_names[count.index],
        format("${var.name}-${var.public_subnet_suffix}-%s", element(var.azs, count.index))
      )
    },
    var.tags,
    lookup(var.public_subnet_tags_per_az, element(var.azs, count.index), {})
  )
}

resource "aws_route_table" "public" {
  count  = local.create_public_subnets ? var.create_multiple_public_route_tables ? local.len_public_subnets : 1 : 0
  vpc_id = local.vpc_id
  tags = merge({ "Name" = var.create_multiple_public_route_tables ? format("${var.name}-${var.public_subnet_suffix}-%s", element(var.azs, count.index)) : "${var.name}-${var.public_subnet_suffix}" }, var.tags)
}

resource "aws_route_table_association" "public" {
  count          = local.create_public_subnets ? local.len_public_subnets : 0
  subnet_id      = element(aws_subnet.public[*].id, count.index)
  route_table_id = element(aws_route_table.public[*].id, var.create_multiple_public_route_tables ? count.index : 0)
}

resource "aws_eip" "nat" {
  count  = local.create_vpc && var.enable_nat_gateway && !var.reuse_nat_ips ? local.nat_gateway_count : 0
  domain = "vpc"
  tags = merge(
    {
      "Name" = format("${var.name}-%s", element(var.azs, var.single_nat_gateway ? 0 : count.index))
    },
    var.tags,
  )
  depends_on = [aws_internet_gateway.this]
}

resource "aws_internet_gateway" "this" {
  count  = local.create_public_subnets && var.create_igw ? 1 : 0
  vpc_id = local.vpc_id
  tags   = merge({ "Name" = var.name }, var.tags)
}

locals {
  nat_gateway_ips = var.reuse_nat_ips ? var.external_nat_ip_ids : aws_eip.nat[*].id
}

resource "aws_nat_gateway" "this" {
  count = local.create_vpc && var.enable_nat_gateway ? local.nat_gateway_count : 0

  allocation_id = element(local.nat_gateway_ips, var.single_nat_gateway ? 0 : count.index)
  subnet_id     = element(aws_subnet.public[*].id, var.single_nat_gateway ? 0 : count.index)
  tags = merge({ "Name" = format("${var.name}-%s", element(var.azs, var.single_nat_gateway ? 0 : count.index)) }, var.tags)
  depends_on = [aws_internet_gateway.this]
}

resource "aws_flow_log" "this" {
  count                = local.create_vpc && var.enable_flow_log ? 1 : 0
  log_destination_type = var.flow_log_destination_type
  log_destination      = var.flow_log_destination_arn
  traffic_type         = var.flow_log_traffic_type
  vpc_id               = local.vpc_id

  dynamic "destination_options" {
    for_each = var.flow_log_destination_type == "s3" ? [true] : []
    content {
      file_format        = var.flow_log_file_format
      per_hour_partition = var.flow_log_per_hour_partition
    }
  }
}

resource "aws_default_security_group" "this" {
  count  = local.create_vpc && var.manage_default_security_group ? 1 : 0
  vpc_id = aws_vpc.this[0].id

  dynamic "ingress" {
    for_each = var.default_security_group_ingress
    content {
      self        = lookup(ingress.value, "self", null)
      cidr_blocks = compact(split(",", lookup(ingress.value, "cidr_blocks", "")))
      description = lookup(ingress.value, "description", null)
      from_port   = lookup(ingress.value, "from_port", 0)
      to_port     = lookup(ingress.value, "to_port", 0)
      protocol    = lookup(ingress.value, "protocol", "-1")
    }
  }
  tags = merge({ "Name" = coalesce(var.default_security_group_name, "${var.name}-default") }, var.tags)
}
