/**
 * The evaluation benchmark's workspace: a Terraform repository generated in memory from a seeded
 * PRNG, so every run measures the same configuration. One root module (with a terraform.tfvars)
 * calls 20 service modules, each service calls two component modules, and each component calls a
 * primitive module: 100 module directories of 10 `.tf` files each. Some calls expand with `count`
 * or `for_each`. Every module declares typed variables (objects with optional attributes), locals
 * built with for expressions and function calls, a core of resources its outputs and its parent
 * read (VPC, subnets, security group with a dynamic block, instances, buckets, IAM role, log group),
 * and a varying mix of further resources drawn from templates.
 *
 * The text is written to evaluate without error diagnostics: a benchmark of broken input measures
 * error paths, so the bench checks that and refuses to measure otherwise.
 */

/** A generated workspace: path to text (`.tf` files and one `terraform.tfvars`), and the paths the bench edits. */
export interface Workspace {
  readonly files: Readonly<Record<string, string>>;
  /** The directory of the root module, as the host names it. */
  readonly rootDir: string;
  readonly moduleDirs: readonly string[];
  /** A file of a primitive (leaf) module and a file of the root module, each holding `editMarker` once. */
  readonly leafEditFile: string;
  readonly rootEditFile: string;
}

/**
 * The text of one resource attribute in every module's security group: the bench replaces the
 * revision number to simulate a one-attribute edit. A fresh number per edit keeps the evaluator's
 * cache (keyed by content) from answering an edit with an earlier result.
 */
export const editMarker = 'description = "Managed by Terraform (rev 0)"';

/** The same attribute at revision `rev`. */
export function editedMarker(rev: number): string {
  return `description = "Managed by Terraform (rev ${rev})"`;
}

const SERVICES = 20;
const COMPONENTS_PER_SERVICE = 2;
const PRIMITIVES = 39;

type Rng = () => number;

/** mulberry32: a small, fast 32-bit PRNG, good enough for picking templates. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Gen {
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A resource name not yet used in the current module. */
  name(): string;
}

function makeGen(rng: Rng): Gen & { reset(): void } {
  let used = new Set<string>();
  const gen = {
    int: (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!,
    chance: (p: number) => rng() < p,
    name(): string {
      const base = `${gen.pick(nouns)}_${gen.pick(qualifiers)}`;
      let name = base;
      for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
      used.add(name);
      return name;
    },
    reset(): void {
      used = new Set(['this', 'private', 'app']);
    },
  };
  return gen;
}

const nouns = [
  'api', 'web', 'worker', 'cache', 'queue', 'logs', 'metrics', 'auth', 'billing', 'search', 'ingest', 'etl',
  'batch', 'frontend', 'backend', 'admin', 'reports', 'events', 'payments', 'orders', 'catalog', 'inventory',
  'notifications', 'gateway', 'analytics', 'archive', 'backup', 'media', 'ledger', 'identity',
];
const qualifiers = ['primary', 'secondary', 'main', 'blue', 'green', 'internal', 'public', 'shared', 'core', 'edge', 'replica', 'canary'];
const instanceTypes = ['t3.micro', 't3.small', 't3.medium', 'm5.large', 'm6i.xlarge', 'c6g.large', 'r6g.large'];
const azs = ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'];
const bucketNames = ['logs', 'data', 'assets', 'exports', 'backups', 'uploads', 'reports', 'artifacts'];

type Level = 'root' | 'service' | 'component' | 'primitive';

/** A module call as written in the caller's main.tf. */
interface Call {
  readonly name: string;
  readonly dir: string;
  readonly expansion: 'single' | 'count' | 'for_each';
  /** Which slot of the caller's CIDR the child gets. */
  readonly netnum: number;
}

interface ModuleSpec {
  readonly dir: string;
  readonly level: Level;
  readonly calls: readonly Call[];
}

/** Generates the workspace for `seed`. The same seed always yields the same files. */
export function generateWorkspace(seed: number): Workspace {
  const rng = mulberry32(seed);
  const g = makeGen(rng);
  const primitiveNames = uniqueNames(g, PRIMITIVES);
  const componentNames = uniqueNames(g, SERVICES * COMPONENTS_PER_SERVICE);
  const serviceNames = uniqueNames(g, SERVICES);
  const primitiveDir = (i: number): string => `modules/primitives/${primitiveNames[i]}`;
  const componentDir = (i: number): string => `modules/components/${componentNames[i]}`;
  const serviceDir = (i: number): string => `modules/services/${serviceNames[i]}`;

  const expansionOf = (): Call['expansion'] => {
    const r = rng();
    return r < 0.15 ? 'count' : r < 0.3 ? 'for_each' : 'single';
  };
  const specs: ModuleSpec[] = [];
  specs.push({
    dir: '.',
    level: 'root',
    calls: serviceNames.map((n, i) => ({ name: n.replace(/-/g, '_'), dir: serviceDir(i), expansion: expansionOf(), netnum: i })),
  });
  for (let s = 0; s < SERVICES; s++) {
    const calls: Call[] = [];
    for (let k = 0; k < COMPONENTS_PER_SERVICE; k++) {
      const c = s * COMPONENTS_PER_SERVICE + k;
      calls.push({ name: componentNames[c]!.replace(/-/g, '_'), dir: componentDir(c), expansion: expansionOf(), netnum: k });
    }
    specs.push({ dir: serviceDir(s), level: 'service', calls });
  }
  for (let c = 0; c < SERVICES * COMPONENTS_PER_SERVICE; c++) {
    // forty components share thirty-nine primitives: the first primitive is called twice
    const p = c % PRIMITIVES;
    const call: Call = { name: primitiveNames[p]!.replace(/-/g, '_'), dir: primitiveDir(p), expansion: rng() < 0.2 ? 'count' : 'single', netnum: 0 };
    specs.push({ dir: componentDir(c), level: 'component', calls: [call] });
  }
  for (let p = 0; p < PRIMITIVES; p++) specs.push({ dir: primitiveDir(p), level: 'primitive', calls: [] });

  const files: Record<string, string> = {};
  for (const spec of specs) {
    g.reset();
    const ctx = { g, spec, calls: spec.calls, from: spec.dir };
    const put = (name: string, text: string): void => {
      files[spec.dir === '.' ? name : `${spec.dir}/${name}`] = text;
    };
    put('versions.tf', versionsFile(ctx));
    put('variables.tf', variablesFile(ctx));
    put('locals.tf', localsFile(ctx));
    put('main.tf', mainFile(ctx));
    put('outputs.tf', outputsFile(ctx));
    put('network.tf', networkFile(ctx));
    put('compute.tf', computeFile(ctx));
    put('storage.tf', storageFile(ctx));
    put('iam.tf', iamFile(ctx));
    put('monitoring.tf', monitoringFile(ctx));
  }
  files['terraform.tfvars'] = tfvarsFile(g, serviceNames, specs[0]!.calls);
  return {
    files,
    rootDir: '.',
    moduleDirs: specs.map((s) => s.dir),
    leafEditFile: `${primitiveDir(7)}/network.tf`,
    rootEditFile: 'network.tf',
  };
}

function uniqueNames(g: Gen, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) out.add(`${g.pick(nouns)}-${g.pick(qualifiers)}`);
  return [...out];
}

interface Ctx {
  readonly g: Gen;
  readonly spec: ModuleSpec;
  readonly calls: readonly Call[];
}

/** A call's source, relative to the calling module's directory. */
function sourceOf(from: string, to: string): string {
  if (from === '.') return `./${to}`;
  const up = from.split('/').length;
  return `${'../'.repeat(up)}${to}`;
}

/** How the caller refers to a call's outputs as a list of module objects. */
function instancesOf(call: Call): string {
  switch (call.expansion) {
    case 'single':
      return `[module.${call.name}]`;
    case 'count':
      return `module.${call.name}`;
    case 'for_each':
      return `values(module.${call.name})`;
  }
}

function versionsFile({ g, spec }: Ctx): string {
  const head = `terraform {
  required_version = ">= 1.${g.int(5, 9)}.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.${g.int(20, 80)}"
    }
  }
}
`;
  if (spec.level !== 'root') return head;
  return `${head}
provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project     = var.project
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

provider "aws" {
  alias  = "replica"
  region = var.replica_region
}
`;
}

const settingsType = `object({
    instance_type     = optional(string, "t3.micro")
    min_size          = optional(number, 1)
    max_size          = optional(number, 3)
    enable_monitoring = optional(bool, true)
    retention_days    = optional(number, 30)
    ports             = optional(list(number), [443])
  })`;

const bucketsType = `map(object({
    versioning     = optional(bool, false)
    lifecycle_days = optional(number, 90)
    storage_class  = optional(string, "STANDARD_IA")
  }))`;

function variablesFile({ g, spec }: Ctx): string {
  const root = spec.level === 'root';
  const buckets = Array.from(new Set(Array.from({ length: g.int(1, 3) }, () => g.pick(bucketNames))));
  const bucketDefault = buckets
    .map((b) => {
      const attrs = [...(g.chance(0.5) ? ['versioning = true'] : []), ...(g.chance(0.5) ? [`lifecycle_days = ${g.pick([30, 60, 180, 365])}`] : [])];
      return `    ${b} = { ${attrs.join(', ')} }`;
    })
    .join('\n');
  const common = `variable "name" {
  description = "Prefix for every resource name"
  type        = string
${root ? '' : `  default     = "${g.pick(nouns)}"\n`}
  validation {
    condition     = length(var.name) >= 3 && length(var.name) <= 40
    error_message = "The name must be 3 to 40 characters long."
  }
}

variable "environment" {
  description = "Deployment environment"
  type        = string
  default     = "dev"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "The environment must be dev, staging or prod."
  }
}

variable "vpc_cidr" {
  description = "The CIDR block this module carves its subnets from"
  type        = string
  default     = "10.${g.int(0, 255)}.0.0/16"
}

variable "azs" {
  description = "Availability zones to spread subnets across"
  type        = list(string)
  default     = ${JSON.stringify(azs.slice(0, g.int(2, 3)))}
}

variable "replicas" {
  description = "How many application instances to run"
  type        = number
  default     = ${g.int(1, 3)}
}

variable "settings" {
  description = "Instance sizing, scaling and monitoring settings"
  type = ${settingsType}
  default = {}
}

variable "buckets" {
  description = "Buckets to create, by short name"
  type = ${bucketsType}
  default = {
${bucketDefault}
  }
}

variable "tags" {
  description = "Tags added to every resource"
  type        = map(string)
  default     = {}
}

variable "parent_ids" {
  description = "Identifiers of the calling module's network, for peering and rules"
  type        = map(string)
  default     = {}
}
`;
  if (!root) return common;
  return `${common}
variable "project" {
  description = "The project every resource belongs to"
  type        = string
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "replica_region" {
  type    = string
  default = "eu-central-1"
}

variable "services" {
  description = "Per-service overrides"
  type = map(object({
    replicas      = optional(number, 1)
    instance_type = optional(string, "t3.small")
    ports         = optional(list(number), [443])
    shards        = optional(set(string), ["a"])
    buckets = optional(map(object({
      versioning     = optional(bool, false)
      lifecycle_days = optional(number, 90)
      storage_class  = optional(string, "STANDARD_IA")
    })), {})
  }))
  default = {}
}
`;
}

function localsFile({ g, spec }: Ctx): string {
  const childLocals = spec.calls
    .map((c) => `  ${c.name}_vpc_ids = [for m in ${instancesOf(c)} : m.vpc_id]\n  ${c.name}_subnets = flatten([for m in ${instancesOf(c)} : m.subnet_ids])`)
    .join('\n');
  return `locals {
  name_prefix = lower(format("%s-%s", var.name, var.environment))
  is_prod     = var.environment == "prod"

  common_tags = merge(var.tags, {
    Module      = "${spec.dir === '.' ? 'root' : spec.dir}"
    Environment = var.environment
    Owner       = lookup(var.tags, "Owner", "${g.pick(['platform', 'data', 'payments', 'sre', 'security'])}")
  })

  subnet_cidrs = { for idx, az in var.azs : az => cidrsubnet(var.vpc_cidr, 2, idx) }

  port_rules = [for p in distinct(concat(var.settings.ports, [22])) : {
    from = p
    to   = p
    cidr = p == 22 ? var.vpc_cidr : "0.0.0.0/0"
  }]

  versioned_buckets = { for k, b in var.buckets : k => b if b.versioning }
  expiring_buckets  = { for k, b in var.buckets : k => b.lifecycle_days if b.lifecycle_days > 0 }

  alarm_specs = {
    cpu    = { metric = "CPUUtilization", threshold = ${g.int(60, 90)}, period = ${g.pick([60, 300])} }
    status = { metric = "StatusCheckFailed", threshold = 1, period = 60 }
${g.chance(0.5) ? `    network = { metric = "NetworkOut", threshold = ${g.int(1, 9)}000000000, period = 300 }\n` : ''}  }

  instance_count = local.is_prod ? max(var.replicas, var.settings.min_size) : min(var.replicas, ${g.int(1, 2)})
  log_retention  = local.is_prod ? var.settings.retention_days * 3 : var.settings.retention_days
${childLocals}
}
`;
}

function mainFile(ctx: Ctx): string {
  const { g, spec } = ctx;
  const parts = [`data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

data "aws_ami" "app" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}
`];
  for (const call of spec.calls) parts.push(moduleCall(g, spec, call));
  return parts.join('\n');
}

function moduleCall(g: Gen, spec: ModuleSpec, call: Call): string {
  const root = spec.level === 'root';
  const service = root ? `var.services["${call.name}"]` : '';
  let meta = '';
  let key = `"${call.name}"`;
  if (call.expansion === 'count') {
    meta = `  count = local.is_prod ? 2 : 1\n\n`;
    key = `"${call.name}-\${count.index}"`;
  } else if (call.expansion === 'for_each') {
    meta = root ? `  for_each = ${service}.shards\n\n` : `  for_each = toset(${JSON.stringify(['blue', 'green', 'canary'].slice(0, g.int(1, 3)))})\n\n`;
    key = `"${call.name}-\${each.key}"`;
  }
  const bits = root ? 5 : spec.level === 'service' ? 3 : 2;
  const settings = root
    ? `{
    instance_type  = ${service}.instance_type
    ports          = ${service}.ports
    max_size       = ${service}.replicas + ${g.int(1, 3)}
    retention_days = local.is_prod ? 90 : 14
  }`
    : `merge(var.settings, {
    max_size = var.settings.max_size + ${g.int(0, 2)}
  })`;
  const buckets = root ? `${service}.buckets` : `{ for k, b in var.buckets : "${call.name}-\${k}" => b if b.versioning }`;
  return `module "${call.name}" {
  source = "${sourceOf(spec.dir, call.dir)}"
${meta}
  name        = ${key}
  environment = var.environment
  vpc_cidr    = cidrsubnet(var.vpc_cidr, ${bits}, ${call.netnum})
  azs         = slice(var.azs, 0, min(${g.int(1, 2)}, length(var.azs)))
  replicas    = ${root ? `${service}.replicas` : `local.is_prod ? var.replicas : 1`}
  settings    = ${settings}
  buckets     = ${buckets}

  tags = merge(local.common_tags, {
    Caller = "${spec.dir === '.' ? 'root' : spec.dir}"
  })

  parent_ids = {
    vpc            = aws_vpc.this.id
    security_group = aws_security_group.this.id
    account        = data.aws_caller_identity.current.account_id
  }
}
`;
}

function outputsFile({ spec }: Ctx): string {
  const children = spec.calls.length
    ? `\noutput "children" {
  description = "Summaries of the modules this one calls"
  value = {
${spec.calls.map((c) => `    ${c.name} = [for m in ${instancesOf(c)} : m.summary]`).join('\n')}
  }
}

output "all_vpc_ids" {
  value = concat([aws_vpc.this.id], ${spec.calls.map((c) => `local.${c.name}_vpc_ids`).join(', ')})
}
`
    : '';
  return `output "vpc_id" {
  description = "The VPC's id"
  value       = aws_vpc.this.id
}

output "subnet_ids" {
  value = [for s in aws_subnet.private : s.id]
}

output "subnet_cidrs" {
  value = local.subnet_cidrs
}

output "security_group_id" {
  value = aws_security_group.this.id
}

output "instance_ids" {
  value = aws_instance.app[*].id
}

output "bucket_names" {
  value = { for k, b in aws_s3_bucket.this : k => b.bucket }
}

output "role_arn" {
  value = aws_iam_role.this.arn
}

output "summary" {
  value = {
    name          = local.name_prefix
    replicas      = local.instance_count
    instance_type = var.settings.instance_type
    buckets       = sort(keys(var.buckets))
    subnets       = length(var.azs)
  }
}
${children}`;
}

function networkFile({ g, spec }: Ctx): string {
  const parts = [`resource "aws_vpc" "this" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  instance_tenancy     = "default"

  tags = merge(local.common_tags, {
    Name = "\${local.name_prefix}-vpc"
  })
}

resource "aws_subnet" "private" {
  for_each = local.subnet_cidrs

  vpc_id            = aws_vpc.this.id
  cidr_block        = each.value
  availability_zone = each.key

  tags = merge(local.common_tags, {
    Name = format("%s-private-%s", local.name_prefix, each.key)
    Tier = "private"
  })
}

resource "aws_security_group" "this" {
  name        = "\${local.name_prefix}-sg"
  ${editMarker}
  vpc_id      = aws_vpc.this.id

  dynamic "ingress" {
    for_each = local.port_rules
    content {
      description = "tcp \${ingress.value.from}"
      from_port   = ingress.value.from
      to_port     = ingress.value.to
      protocol    = "tcp"
      cidr_blocks = [ingress.value.cidr]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = local.common_tags
}
`];
  for (const call of spec.calls) {
    parts.push(`resource "aws_vpc_peering_connection" "${call.name}" {
  # keyed by position: the ids are known only after apply, and for_each keys must be known
  for_each = { for i, id in local.${call.name}_vpc_ids : tostring(i) => id }

  vpc_id      = aws_vpc.this.id
  peer_vpc_id = each.value
  auto_accept = true

  tags = merge(local.common_tags, { Name = "\${local.name_prefix}-to-${call.name}" })
}
`);
  }
  parts.push(...extras(g, networkExtras, 1, 2));
  return parts.join('\n');
}

function computeFile({ g }: Ctx): string {
  return [`resource "aws_instance" "app" {
  count = local.instance_count

  ami                    = data.aws_ami.app.id
  instance_type          = var.settings.instance_type
  subnet_id              = values(aws_subnet.private)[count.index % length(aws_subnet.private)].id
  vpc_security_group_ids = [aws_security_group.this.id]
  iam_instance_profile   = aws_iam_instance_profile.this.name
  monitoring             = var.settings.enable_monitoring

  root_block_device {
    volume_type = "gp3"
    volume_size = ${g.pick([20, 30, 50, 100])}
    encrypted   = true
  }

  metadata_options {
    http_tokens = "required"
  }

  user_data = <<-EOT
    #!/bin/bash
    echo "\${local.name_prefix} instance \${count.index}" > /etc/motd
    systemctl enable --now amazon-cloudwatch-agent
  EOT

  tags = merge(local.common_tags, {
    Name = format("%s-app-%02d", local.name_prefix, count.index + 1)
  })
}
`, ...extras(g, computeExtras, 1, 2)].join('\n');
}

function storageFile({ g, spec }: Ctx): string {
  const replica = spec.level !== 'root' ? [] : [`resource "aws_s3_bucket" "replica" {
  provider = aws.replica
  for_each = { for k, b in var.buckets : k => b if b.versioning }

  bucket = "\${local.name_prefix}-\${each.key}-replica"
  tags   = merge(local.common_tags, { Replica = "true" })
}
`];
  return [...replica, `resource "aws_s3_bucket" "this" {
  for_each = var.buckets

  bucket        = "\${local.name_prefix}-\${each.key}"
  force_destroy = !local.is_prod

  tags = merge(local.common_tags, { Bucket = each.key })
}

resource "aws_s3_bucket_versioning" "this" {
  for_each = local.versioned_buckets

  bucket = aws_s3_bucket.this[each.key].id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  for_each = local.expiring_buckets

  bucket = aws_s3_bucket.this[each.key].id

  rule {
    id     = "expire-\${each.key}"
    status = "Enabled"

    transition {
      days          = min(each.value, 30)
      storage_class = var.buckets[each.key].storage_class
    }

    expiration {
      days = each.value
    }
  }
}
`, ...extras(g, storageExtras, 1, 2)].join('\n');
}

function iamFile({ g }: Ctx): string {
  return [`resource "aws_iam_role" "this" {
  name = "\${local.name_prefix}-role"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })

  tags = local.common_tags
}

resource "aws_iam_instance_profile" "this" {
  name = "\${local.name_prefix}-profile"
  role = aws_iam_role.this.name
}

resource "aws_iam_role_policy" "buckets" {
  name = "\${local.name_prefix}-buckets"
  role = aws_iam_role.this.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject"]
        Resource = [for b in aws_s3_bucket.this : "\${b.arn}/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = format("arn:aws:logs:%s:%s:log-group:%s:*", data.aws_region.current.name, data.aws_caller_identity.current.account_id, aws_cloudwatch_log_group.this.name)
      },
    ]
  })
}
`, ...extras(g, iamExtras, 0, 2)].join('\n');
}

function monitoringFile({ g }: Ctx): string {
  return [`resource "aws_cloudwatch_log_group" "this" {
  name              = "/app/\${local.name_prefix}"
  retention_in_days = local.log_retention

  tags = local.common_tags
}

resource "aws_sns_topic" "alerts" {
  name = "\${local.name_prefix}-alerts"
}

resource "aws_cloudwatch_metric_alarm" "instance" {
  for_each = var.settings.enable_monitoring ? {
    for pair in setproduct(keys(local.alarm_specs), range(local.instance_count)) : "\${pair[0]}-\${pair[1]}" => {
      spec  = local.alarm_specs[pair[0]]
      index = pair[1]
    }
  } : {}

  alarm_name          = "\${local.name_prefix}-\${each.key}"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 2
  metric_name         = each.value.spec.metric
  namespace           = "AWS/EC2"
  period              = each.value.spec.period
  statistic           = "Average"
  threshold           = each.value.spec.threshold
  alarm_actions       = [aws_sns_topic.alerts.arn]

  dimensions = {
    InstanceId = aws_instance.app[each.value.index].id
  }
}
`, ...extras(g, monitoringExtras, 0, 2)].join('\n');
}

type Extra = (g: Gen) => string;

function extras(g: Gen, templates: readonly Extra[], lo: number, hi: number): string[] {
  return Array.from({ length: g.int(lo, hi) }, () => g.pick(templates)(g));
}

const networkExtras: readonly Extra[] = [
  (g) => {
    const n = g.name();
    return `resource "aws_eip" "${n}" {
  count  = length(var.azs)
  domain = "vpc"

  tags = merge(local.common_tags, { Name = "\${local.name_prefix}-${n}-\${count.index}" })
}

resource "aws_nat_gateway" "${n}" {
  for_each = aws_subnet.private

  allocation_id = aws_eip.${n}[index(keys(aws_subnet.private), each.key)].id
  subnet_id     = each.value.id

  tags = merge(local.common_tags, { Name = "\${local.name_prefix}-nat-\${each.key}" })
}
`;
  },
  (g) => `resource "aws_vpc_endpoint" "${g.name()}" {
  for_each = toset(${JSON.stringify(['s3', 'dynamodb', 'ecr.api', 'logs'].slice(0, g.int(1, 4)))})

  vpc_id            = aws_vpc.this.id
  service_name      = "com.amazonaws.\${data.aws_region.current.name}.\${each.value}"
  vpc_endpoint_type = contains(["s3", "dynamodb"], each.value) ? "Gateway" : "Interface"

  tags = local.common_tags
}
`,
  (g) => `resource "aws_security_group_rule" "${g.name()}" {
  for_each = { for p in var.settings.ports : tostring(p) => p }

  type              = "ingress"
  security_group_id = aws_security_group.this.id
  from_port         = each.value
  to_port           = each.value
  protocol          = "tcp"
  cidr_blocks       = [for cidr in values(local.subnet_cidrs) : cidr]
  description       = "internal \${each.key}"
}
`,
  (g) => `resource "aws_network_acl" "${g.name()}" {
  vpc_id     = aws_vpc.this.id
  subnet_ids = [for s in aws_subnet.private : s.id]

  dynamic "ingress" {
    for_each = { for i, r in local.port_rules : tostring(100 + i * 10) => r }
    content {
      rule_no    = tonumber(ingress.key)
      protocol   = "tcp"
      action     = "allow"
      cidr_block = ingress.value.cidr
      from_port  = ingress.value.from
      to_port    = ingress.value.to
    }
  }

  tags = local.common_tags
}
`,
  (g) => `resource "aws_route_table" "${g.name()}" {
  vpc_id = aws_vpc.this.id

  dynamic "route" {
    for_each = var.parent_ids
    content {
      cidr_block = "10.${g.int(0, 255)}.0.0/16"
      gateway_id = route.key == "vpc" ? route.value : null
    }
  }

  tags = merge(local.common_tags, { Name = "\${local.name_prefix}-rt" })
}
`,
];

const computeExtras: readonly Extra[] = [
  (g) => {
    const n = g.name();
    return `resource "aws_launch_template" "${n}" {
  name_prefix   = "\${local.name_prefix}-${n}-"
  image_id      = data.aws_ami.app.id
  instance_type = lookup({ dev = "t3.micro", staging = "t3.small" }, var.environment, var.settings.instance_type)

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = ${g.pick([20, 40, 80])}
      volume_type = "gp3"
      encrypted   = true
    }
  }

  dynamic "tag_specifications" {
    for_each = toset(["instance", "volume"])
    content {
      resource_type = tag_specifications.value
      tags          = merge(local.common_tags, { Kind = tag_specifications.value })
    }
  }
}

resource "aws_autoscaling_group" "${n}" {
  name                = "\${local.name_prefix}-${n}"
  min_size            = var.settings.min_size
  max_size            = var.settings.max_size
  desired_capacity    = max(var.settings.min_size, min(local.instance_count, var.settings.max_size))
  vpc_zone_identifier = [for s in aws_subnet.private : s.id]

  launch_template {
    id      = aws_launch_template.${n}.id
    version = "$Latest"
  }

  dynamic "tag" {
    for_each = local.common_tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}
`;
  },
  (g) => {
    const n = g.name();
    return `resource "aws_lb" "${n}" {
  name               = substr("\${local.name_prefix}-${n}", 0, 32)
  load_balancer_type = "application"
  internal           = ${g.chance(0.5)}
  security_groups    = [aws_security_group.this.id]
  subnets            = [for s in aws_subnet.private : s.id]

  tags = local.common_tags
}

resource "aws_lb_target_group" "${n}" {
  name     = substr("\${local.name_prefix}-${n}-tg", 0, 32)
  port     = ${g.pick([80, 8080, 3000])}
  protocol = "HTTP"
  vpc_id   = aws_vpc.this.id

  health_check {
    path    = "/healthz"
    matcher = "200-399"
  }
}

resource "aws_lb_target_group_attachment" "${n}" {
  count = local.instance_count

  target_group_arn = aws_lb_target_group.${n}.arn
  target_id        = aws_instance.app[count.index].id
}
`;
  },
  (g) => {
    const n = g.name();
    return `resource "aws_ecs_task_definition" "${n}" {
  family                   = "\${local.name_prefix}-${n}"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = ${g.pick([256, 512, 1024])}
  memory                   = ${g.pick([512, 1024, 2048])}
  execution_role_arn       = aws_iam_role.this.arn

  container_definitions = jsonencode([
    for i, port in var.settings.ports : {
      name         = "${n}-\${i}"
      image        = "public.ecr.aws/nginx/nginx:1.${g.int(20, 27)}"
      essential    = i == 0
      portMappings = [{ containerPort = port, protocol = "tcp" }]
      environment  = [for k, v in local.common_tags : { name = upper(k), value = v }]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group  = aws_cloudwatch_log_group.this.name
          awslogs-region = data.aws_region.current.name
        }
      }
    }
  ])
}
`;
  },
  (g) => `resource "aws_lambda_function" "${g.name()}" {
  function_name = "\${local.name_prefix}-${g.pick(nouns)}"
  role          = aws_iam_role.this.arn
  runtime       = "${g.pick(['python3.12', 'nodejs20.x', 'java21'])}"
  handler       = "index.handler"
  memory_size   = ${g.pick([128, 256, 512, 1024])}
  timeout       = ${g.int(3, 60)}
  filename      = "build/lambda.zip"

  environment {
    variables = {
      ENVIRONMENT = var.environment
      BUCKETS     = join(",", sort(keys(var.buckets)))
      LOG_LEVEL   = local.is_prod ? "INFO" : "DEBUG"
    }
  }

  vpc_config {
    subnet_ids         = [for s in aws_subnet.private : s.id]
    security_group_ids = [aws_security_group.this.id]
  }

  tags = local.common_tags
}
`,
];

const storageExtras: readonly Extra[] = [
  (g) => `resource "aws_s3_bucket_public_access_block" "${g.name()}" {
  for_each = aws_s3_bucket.this

  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`,
  (g) => `resource "aws_s3_bucket_server_side_encryption_configuration" "${g.name()}" {
  for_each = aws_s3_bucket.this

  bucket = each.value.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
    bucket_key_enabled = true
  }
}
`,
  (g) => {
    const keys = ['id', 'tenant', 'created_at', 'status'].slice(0, g.int(1, 4));
    return `resource "aws_dynamodb_table" "${g.name()}" {
  name         = "\${local.name_prefix}-${g.pick(nouns)}"
  billing_mode = local.is_prod ? "PROVISIONED" : "PAY_PER_REQUEST"
  hash_key     = "id"
  ${keys.length > 1 ? 'range_key    = "' + keys[1] + '"' : ''}
  read_capacity  = local.is_prod ? ${g.int(5, 50)} : null
  write_capacity = local.is_prod ? ${g.int(5, 20)} : null

  dynamic "attribute" {
    for_each = ${JSON.stringify(keys.slice(0, 2))}
    content {
      name = attribute.value
      type = "S"
    }
  }

  point_in_time_recovery {
    enabled = local.is_prod
  }

  tags = local.common_tags
}
`;
  },
  (g) => `resource "aws_db_instance" "${g.name()}" {
  count = local.is_prod ? 1 : 0

  identifier              = "\${local.name_prefix}-db"
  engine                  = "postgres"
  engine_version          = "16.${g.int(1, 4)}"
  instance_class          = "db.${g.pick(['t3.medium', 'r6g.large', 'm6g.xlarge'])}"
  allocated_storage       = ${g.pick([20, 100, 500])}
  multi_az                = local.is_prod
  storage_encrypted       = true
  backup_retention_period = local.is_prod ? 14 : 1
  vpc_security_group_ids  = [aws_security_group.this.id]
  skip_final_snapshot     = !local.is_prod
  username                = "app"
  manage_master_user_password = true

  tags = local.common_tags
}
`,
];

const iamExtras: readonly Extra[] = [
  (g) => `resource "aws_iam_role_policy_attachment" "${g.name()}" {
  for_each = toset([
    "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
    "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy",
  ])

  role       = aws_iam_role.this.name
  policy_arn = each.value
}
`,
  (g) => `resource "aws_kms_key" "${g.name()}" {
  description             = "Encryption key for \${local.name_prefix}"
  deletion_window_in_days = ${g.pick([7, 14, 30])}
  enable_key_rotation     = true

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Root"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}
`,
  (g) => `resource "aws_iam_policy" "${g.name()}" {
  name = "\${local.name_prefix}-${g.pick(nouns)}"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = concat(
      [{ Effect = "Allow", Action = ["sqs:SendMessage"], Resource = "*" }],
      local.is_prod ? [{ Effect = "Deny", Action = ["s3:DeleteBucket"], Resource = "*" }] : [],
    )
  })
}
`,
];

const monitoringExtras: readonly Extra[] = [
  (g) => `resource "aws_sns_topic_subscription" "${g.name()}" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "email"
  endpoint  = "oncall+\${var.name}@example.com"
}
`,
  (g) => `resource "aws_cloudwatch_dashboard" "${g.name()}" {
  dashboard_name = "\${local.name_prefix}-overview"

  dashboard_body = jsonencode({
    widgets = [for i, id in aws_instance.app[*].id : {
      type   = "metric"
      x      = (i % 2) * 12
      y      = floor(i / 2) * 6
      width  = 12
      height = 6
      properties = {
        metrics = [["AWS/EC2", "CPUUtilization", "InstanceId", id]]
        region  = data.aws_region.current.name
        title   = "\${local.name_prefix} \${i}"
      }
    }]
  })
}
`,
  (g) => `resource "aws_cloudwatch_log_metric_filter" "${g.name()}" {
  name           = "\${local.name_prefix}-errors"
  log_group_name = aws_cloudwatch_log_group.this.name
  pattern        = "ERROR"

  metric_transformation {
    name      = "ErrorCount"
    namespace = "App/\${var.name}"
    value     = "1"
  }
}
`,
];

function tfvarsFile(g: Gen, serviceNames: readonly string[], calls: readonly Call[]): string {
  const services = calls
    .map((c) => {
      const buckets = Array.from(new Set(Array.from({ length: g.int(0, 2) }, () => g.pick(bucketNames))));
      const lines = [`  ${c.name} = {`, `    replicas      = ${g.int(1, 3)}`, `    instance_type = "${g.pick(instanceTypes)}"`];
      if (g.chance(0.5)) lines.push(`    ports         = [${[443, g.pick([80, 8080, 8443, 9090])].join(', ')}]`);
      if (c.expansion === 'for_each') lines.push(`    shards        = ${JSON.stringify(['a', 'b', 'c'].slice(0, g.int(2, 3)))}`);
      if (buckets.length) {
        lines.push('    buckets = {');
        for (const b of buckets) lines.push(`      ${b} = { versioning = ${g.chance(0.5)}, lifecycle_days = ${g.pick([30, 90, 365])} }`);
        lines.push('    }');
      }
      lines.push('  }');
      return lines.join('\n');
    })
    .join('\n');
  return `# ${serviceNames.length} services, production settings
project        = "acme"
environment    = "prod"
region         = "eu-west-1"
replica_region = "eu-central-1"
name           = "acme"
vpc_cidr       = "10.0.0.0/16"
azs            = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

tags = {
  Owner      = "platform"
  CostCenter = "4711"
}

services = {
${services}
}
`;
}
