/**
 * The benchmark corpus: realistic Terraform files generated in memory from a seeded PRNG, so
 * every run and every machine measures the same text. Files are built from block templates
 * (resources with nested and dynamic blocks, data sources, variables with validation, locals
 * with for expressions, outputs, module calls, providers, heredocs, templates and directives,
 * function calls, comments of the three kinds) with varied names and values, each file drawn
 * log-uniformly between 1 and 30 KB and given a flavour (network, iam, variables...) that
 * weights its blocks, a few with CRLF line breaks.
 */

/** One file of the corpus. */
export interface CorpusFile {
  readonly path: string;
  readonly text: string;
}

/** A corpus and its size in UTF-8 bytes. */
export interface Corpus {
  readonly files: readonly CorpusFile[];
  readonly bytes: number;
}

/**
 * Files generated from `seed` until they hold at least `minBytes` UTF-8 bytes, after the
 * `extra` files (fixtures) given. The same seed always yields the same corpus.
 */
export function generateCorpus(seed: number, minBytes: number, extra: readonly CorpusFile[] = []): Corpus {
  const rng = mulberry32(seed);
  const files: CorpusFile[] = [...extra];
  let bytes = extra.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  for (let i = 0; bytes < minBytes; i++) {
    const file = generateFile(rng, i);
    files.push(file);
    bytes += Buffer.byteLength(file.text);
  }
  return { files, bytes };
}

const minFileBytes = 1024;
const maxFileBytes = 30 * 1024;

type Rng = () => number;

/** A small, fast 32-bit PRNG with good enough spread for picking templates. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a block template draws from: random choices and names unique within the file. */
interface Gen {
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A snake_case name not yet used in this file. */
  name(): string;
  word(): string;
  cidr(): string;
  /** A `tags = {...}` attribute at the given indent. */
  tags(indent: string): string;
}

function makeGen(rng: Rng): Gen {
  const used = new Set<string>();
  const gen: Gen = {
    int: (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(rng() * items.length)]!,
    chance: (p) => rng() < p,
    name() {
      const base = `${gen.pick(nouns)}_${gen.pick(qualifiers)}`;
      let name = base;
      for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
      used.add(name);
      return name;
    },
    word: () => gen.pick(nouns),
    cidr: () => `10.${gen.int(0, 255)}.${gen.int(0, 15) * 16}.0/${gen.pick([16, 20, 22, 24, 26])}`,
    tags(indent) {
      const lines = [`${indent}tags = merge(local.common_tags, {`];
      lines.push(`${indent}  Name        = "\${local.name_prefix}-${gen.word()}"`);
      if (gen.chance(0.6)) lines.push(`${indent}  Team        = "${gen.pick(teams)}"`);
      if (gen.chance(0.5)) lines.push(`${indent}  CostCenter  = "${gen.int(1000, 9999)}"`);
      if (gen.chance(0.3)) lines.push(`${indent}  Compliance  = ${gen.pick(['"pci"', '"hipaa"', 'var.compliance_level', 'null'])}`);
      lines.push(`${indent}})`);
      return lines.join('\n');
    },
  };
  return gen;
}

const nouns = [
  'app', 'api', 'web', 'worker', 'db', 'cache', 'queue', 'logs', 'metrics', 'auth', 'billing', 'search',
  'ingest', 'etl', 'batch', 'frontend', 'backend', 'admin', 'reports', 'events', 'payments', 'orders',
  'catalog', 'inventory', 'notifications', 'gateway', 'analytics', 'archive', 'backup', 'media',
];
const qualifiers = [
  'primary', 'secondary', 'main', 'blue', 'green', 'east', 'west', 'internal', 'public', 'private',
  'shared', 'core', 'edge', 'replica', 'canary', 'legacy', 'v2', 'prod', 'staging', 'this',
];
const teams = ['platform', 'data', 'payments', 'growth', 'security', 'sre', 'mobile', 'ml'];
const regions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1'];
const instanceTypes = ['t3.micro', 't3.small', 't3.medium', 'm5.large', 'm6i.xlarge', 'c6g.2xlarge', 'r6g.large'];
const runtimes = ['python3.12', 'nodejs20.x', 'java21', 'go1.x', 'provided.al2023'];

type Template = (g: Gen) => string;

const terraformBlock: Template = (g) => `terraform {
  required_version = ">= 1.${g.int(3, 9)}.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> ${g.int(4, 5)}.${g.int(0, 80)}"
    }
${g.chance(0.5) ? `    random = {
      source  = "hashicorp/random"
      version = ">= 3.${g.int(1, 6)}"
    }
` : ''}  }
${g.chance(0.6) ? `
  backend "s3" {
    bucket         = "tfstate-${g.word()}-${g.int(100000, 999999)}"
    key            = "${g.word()}/${g.pick(['prod', 'staging', 'dev'])}/terraform.tfstate"
    region         = "${g.pick(regions)}"
    encrypt        = true
    dynamodb_table = "terraform-locks"
  }
` : ''}}
`;

const providerBlock: Template = (g) => {
  const alias = g.chance(0.5) ? `  alias  = "${g.pick(regions).replace(/-/g, '_')}"\n` : '';
  return `provider "aws" {
  region = ${g.chance(0.5) ? 'var.region' : `"${g.pick(regions)}"`}
${alias}
  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
      Repository  = "github.com/example/${g.word()}-infra"
    }
  }
${g.chance(0.4) ? `
  assume_role {
    role_arn     = "arn:aws:iam::\${var.account_id}:role/${g.word()}-deployer"
    session_name = "terraform-\${var.environment}"
  }
` : ''}}
`;
};

const variableBlock: Template = (g) => {
  const name = g.name();
  const kind = g.int(0, 6);
  const desc = `  description = "${g.pick(['The', 'Which', 'How many', 'Whether to enable'])} ${g.word()} ${g.pick(['settings', 'instances', 'CIDR blocks', 'names', 'feature', 'retention days'])}"`;
  switch (kind) {
    case 0:
      return `variable "${name}" {
${desc}
  type        = string
  default     = "${g.word()}-${g.int(1, 99)}"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,${g.int(20, 63)}}$", var.${name}))
    error_message = "The ${name} must be lowercase letters, digits and hyphens."
  }
}
`;
    case 1:
      return `variable "${name}" {
${desc}
  type        = number
  default     = ${g.int(1, 500)}

  validation {
    condition     = var.${name} >= ${g.int(0, 1)} && var.${name} <= ${g.int(500, 10000)}
    error_message = "Out of range: \${var.${name}}."
  }
}
`;
    case 2:
      return `variable "${name}" {
${desc}
  type        = list(string)
  default     = [${Array.from({ length: g.int(1, 4) }, () => `"${g.cidr()}"`).join(', ')}]
}
`;
    case 3:
      return `variable "${name}" {
${desc}
  type = map(object({
    instance_type = string
    min_size      = optional(number, 1)
    max_size      = optional(number, ${g.int(2, 10)})
    labels        = optional(map(string), {})
  }))
  default = {
    ${g.word()} = {
      instance_type = "${g.pick(instanceTypes)}"
      max_size      = ${g.int(2, 20)}
    }
  }
}
`;
    case 4:
      return `variable "${name}" {
${desc}
  type        = bool
  default     = ${g.chance(0.5)}
}
`;
    case 5:
      return `variable "${name}" {
${desc}
  type        = string
  sensitive   = true
  nullable    = false
}
`;
    default:
      return `variable "${name}" {
${desc}
  type        = string
  default     = "${g.pick(['standard', 'intelligent', 'glacier', 'gp3', 'io2'])}"

  validation {
    condition     = contains(["standard", "intelligent", "glacier", "gp3", "io2"], var.${name})
    error_message = "Allowed values: \${join(", ", ["standard", "intelligent", "glacier", "gp3", "io2"])}."
  }
}
`;
  }
};

const localsBlock: Template = (g) => {
  const lines = ['locals {'];
  const count = g.int(2, 7);
  for (let i = 0; i < count; i++) {
    const name = g.name();
    switch (g.int(0, 7)) {
      case 0:
        lines.push(`  ${name} = "\${var.project}-\${var.environment}-${g.word()}"`);
        break;
      case 1:
        lines.push(`  ${name} = { for idx, az in var.availability_zones : az => cidrsubnet(var.vpc_cidr, ${g.int(4, 8)}, idx + ${g.int(0, 8)}) }`);
        break;
      case 2:
        lines.push(`  ${name} = [for s in aws_subnet.${g.name()} : s.id if s.map_public_ip_on_launch]`);
        break;
      case 3:
        lines.push(`  ${name} = flatten([
    for team, cfg in var.teams : [
      for role in cfg.roles : {
        key  = "\${team}-\${role}"
        team = team
        role = role
      }
    ]
  ])`);
        break;
      case 4:
        lines.push(`  ${name} = var.environment == "prod" ? ${g.int(3, 9)} : ${g.int(1, 2)} # fewer replicas outside prod`);
        break;
      case 5:
        lines.push(`  ${name} = merge(
    var.tags,
    {
      Service     = "${g.word()}"
      Environment = var.environment
      Owner       = lookup(var.owners, "${g.word()}", "${g.pick(teams)}")
    },
  )`);
        break;
      case 6:
        lines.push(`  ${name} = try(jsondecode(file("\${path.module}/config/${g.word()}.json")), {})`);
        break;
      default:
        lines.push(`  ${name} = length(var.${g.word()}_ids) > 0 ? element(var.${g.word()}_ids, 0) : one(data.aws_vpc.${g.word()}[*].id)`);
    }
  }
  lines.push('}', '');
  return lines.join('\n');
};

const instanceResource: Template = (g) => {
  const name = g.name();
  return `resource "aws_instance" "${name}" {
  count = var.${g.word()}_count

  ami                    = data.aws_ami.${g.word()}.id
  instance_type          = "${g.pick(instanceTypes)}"
  subnet_id              = element(module.vpc.private_subnets, count.index)
  vpc_security_group_ids = [aws_security_group.${g.word()}.id]
  iam_instance_profile   = aws_iam_instance_profile.${g.word()}.name
  monitoring             = true

  user_data = <<-EOT
    #!/bin/bash
    set -euo pipefail
    echo "Bootstrapping \${var.environment} ${g.word()} node \${count.index}"
    yum install -y amazon-cloudwatch-agent
    aws s3 cp s3://\${aws_s3_bucket.${g.word()}.id}/bootstrap.sh /tmp/bootstrap.sh
    bash /tmp/bootstrap.sh --region \${var.region} --cluster ${name}
  EOT

  root_block_device {
    volume_type           = "gp3"
    volume_size           = ${g.pick([20, 30, 50, 100, 200])}
    encrypted             = true
    delete_on_termination = true
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = ${g.int(1, 3)}
  }

${g.tags('  ')}

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [ami, user_data]
  }
}
`;
};

const securityGroup: Template = (g) => {
  const name = g.name();
  return `resource "aws_security_group" "${name}" {
  name_prefix = "\${local.name_prefix}-${name}-"
  description = "Security group for ${g.word()} ${g.pick(['instances', 'load balancers', 'databases', 'lambdas'])}"
  vpc_id      = module.vpc.vpc_id

  dynamic "ingress" {
    for_each = var.${g.word()}_ingress_rules
    iterator = rule
    content {
      description     = rule.value.description
      from_port       = rule.value.from_port
      to_port         = lookup(rule.value, "to_port", rule.value.from_port)
      protocol        = try(rule.value.protocol, "tcp")
      cidr_blocks     = rule.value.cidr_blocks
      security_groups = lookup(rule.value, "security_groups", null)
    }
  }

  ingress {
    description = "HTTPS from the load balancer"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["${g.cidr()}", "${g.cidr()}"]
  }

  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

${g.tags('  ')}

  lifecycle {
    create_before_destroy = true
  }
}
`;
};

const s3Bucket: Template = (g) => {
  const name = g.name();
  return `resource "aws_s3_bucket" "${name}" {
  bucket        = "\${var.project}-${name.replace(/_/g, '-')}-\${data.aws_caller_identity.current.account_id}"
  force_destroy = var.environment != "prod"

${g.tags('  ')}
}

resource "aws_s3_bucket_versioning" "${name}" {
  bucket = aws_s3_bucket.${name}.id
  versioning_configuration {
    status = var.versioning_enabled ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "${name}" {
  bucket = aws_s3_bucket.${name}.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.${g.word()}.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "${name}" {
  bucket = aws_s3_bucket.${name}.id

  dynamic "rule" {
    for_each = var.lifecycle_rules
    content {
      id     = rule.key
      status = rule.value.enabled ? "Enabled" : "Disabled"

      filter {
        prefix = rule.value.prefix
      }

      dynamic "transition" {
        for_each = rule.value.transitions
        content {
          days          = transition.value.days
          storage_class = upper(transition.value.storage_class)
        }
      }

      expiration {
        days = coalesce(rule.value.expiration_days, ${g.int(30, 3650)})
      }
    }
  }
}

resource "aws_s3_bucket_public_access_block" "${name}" {
  bucket                  = aws_s3_bucket.${name}.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`;
};

const iamRole: Template = (g) => {
  const name = g.name();
  const service = g.pick(['ec2', 'lambda', 'ecs-tasks', 'eks', 'states', 'events']);
  return `resource "aws_iam_role" "${name}" {
  name               = "\${local.name_prefix}-${name}"
  path               = "/${g.word()}/"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Action    = "sts:AssumeRole"
        Principal = { Service = "${service}.amazonaws.com" }
        Condition = {
          StringEquals = {
            "aws:SourceAccount" = data.aws_caller_identity.current.account_id
          }
        }
      },
    ]
  })

  max_session_duration = ${g.pick([3600, 7200, 43200])}
${g.tags('  ')}
}

resource "aws_iam_role_policy" "${name}" {
  name = "${name}-inline"
  role = aws_iam_role.${name}.id

  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadObjects",
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": [
        "\${aws_s3_bucket.${g.word()}.arn}",
        "\${aws_s3_bucket.${g.word()}.arn}/*"
      ]
    },
    {
      "Sid": "WriteLogs",
      "Effect": "Allow",
      "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
      "Resource": "arn:aws:logs:\${var.region}:\${data.aws_caller_identity.current.account_id}:log-group:/aws/${g.word()}/*"
    }
  ]
}
EOF
}

resource "aws_iam_role_policy_attachment" "${name}" {
  for_each   = toset(var.${g.word()}_managed_policy_arns)
  role       = aws_iam_role.${name}.name
  policy_arn = each.value
}
`;
};

const policyDocument: Template = (g) => {
  const name = g.name();
  const statements: string[] = [];
  const count = g.int(1, 4);
  for (let i = 0; i < count; i++) {
    statements.push(`  statement {
    sid       = "${g.word().replace(/^./, (c) => c.toUpperCase())}${i}"
    effect    = "${g.chance(0.85) ? 'Allow' : 'Deny'}"
    actions   = [${Array.from({ length: g.int(1, 5) }, () => `"${g.pick(['s3', 'sqs', 'sns', 'kms', 'dynamodb', 'logs'])}:${g.pick(['Get*', 'List*', 'Put*', 'Describe*', 'Decrypt', 'SendMessage', 'Query'])}"`).join(', ')}]
    resources = [for arn in var.${g.word()}_arns : "\${arn}/*"]
${g.chance(0.5) ? `
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::\${var.account_id}:root"]
    }
` : ''}${g.chance(0.5) ? `
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = [var.organization_id]
    }
` : ''}  }`);
  }
  return `data "aws_iam_policy_document" "${name}" {
${statements.join('\n\n')}
}
`;
};

const lambdaFunction: Template = (g) => {
  const name = g.name();
  return `# ${g.pick(['Handlers', 'Functions', 'Workers'])} for the ${g.word()} service, one per entry in var.functions.
resource "aws_lambda_function" "${name}" {
  for_each = { for fn in var.functions : fn.name => fn if fn.enabled }

  function_name    = "\${local.name_prefix}-\${each.key}"
  role             = aws_iam_role.${g.word()}.arn
  handler          = each.value.handler
  runtime          = "${g.pick(runtimes)}"
  filename         = "\${path.module}/build/\${each.key}.zip"
  source_code_hash = filebase64sha256("\${path.module}/build/\${each.key}.zip")
  memory_size      = lookup(each.value, "memory", ${g.pick([128, 256, 512, 1024])})
  timeout          = min(each.value.timeout, 900)
  architectures    = ["${g.pick(['arm64', 'x86_64'])}"]

  environment {
    variables = merge(each.value.environment, {
      LOG_LEVEL   = var.environment == "prod" ? "info" : "debug"
      TABLE_NAME  = aws_dynamodb_table.${g.word()}.name
      QUEUE_URL   = aws_sqs_queue.${g.word()}.url
      REGION      = var.region
    })
  }

  vpc_config {
    subnet_ids         = module.vpc.private_subnets
    security_group_ids = [aws_security_group.${g.word()}.id]
  }

  tracing_config {
    mode = "Active"
  }

${g.tags('  ')}

  depends_on = [aws_cloudwatch_log_group.${g.word()}, aws_iam_role_policy.${g.word()}]
}
`;
};

const dbInstance: Template = (g) => {
  const name = g.name();
  const engine = g.pick(['postgres', 'mysql', 'mariadb']);
  return `/*
 * ${engine} for ${g.word()}. Multi-AZ and deletion protection in prod only;
 * the final snapshot keeps the date so a re-create does not collide.
 */
resource "aws_db_instance" "${name}" {
  identifier     = "\${local.name_prefix}-${name.replace(/_/g, '-')}"
  engine         = "${engine}"
  engine_version = var.${g.word()}_engine_version
  instance_class = var.environment == "prod" ? "db.${g.pick(['r6g', 'm6g', 'r5'])}.${g.pick(['large', 'xlarge', '2xlarge'])}" : "db.t4g.medium"

  allocated_storage     = ${g.pick([20, 50, 100, 500])}
  max_allocated_storage = ${g.pick([200, 1000, 2000])}
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = try(aws_kms_key.${g.word()}.arn, null)

  db_name  = "${g.word()}"
  username = "${g.pick(['admin', 'app', 'root_user'])}"
  password = random_password.${g.word()}.result
  port     = ${engine === 'postgres' ? 5432 : 3306}

  multi_az               = var.environment == "prod"
  db_subnet_group_name   = aws_db_subnet_group.${g.word()}.name
  vpc_security_group_ids = [aws_security_group.${g.word()}.id]
  parameter_group_name   = coalesce(var.parameter_group_name, aws_db_parameter_group.${g.word()}.name)

  backup_retention_period   = var.environment == "prod" ? ${g.int(7, 35)} : 1
  backup_window             = "0${g.int(0, 5)}:00-0${g.int(6, 9)}:00"
  maintenance_window        = "${g.pick(['Mon', 'Tue', 'Sun'])}:0${g.int(0, 4)}:00-${g.pick(['Mon', 'Tue', 'Sun'])}:0${g.int(5, 9)}:00"
  deletion_protection       = var.environment == "prod"
  skip_final_snapshot       = var.environment != "prod"
  final_snapshot_identifier = "${name}-final-\${formatdate("YYYYMMDD", timestamp())}"

  performance_insights_enabled    = true
  enabled_cloudwatch_logs_exports = ${engine === 'postgres' ? '["postgresql", "upgrade"]' : '["error", "slowquery"]'}

${g.tags('  ')}
}
`;
};

const moduleCall: Template = (g) => {
  const name = g.name();
  const kind = g.int(0, 2);
  if (kind === 0) {
    return `module "${name}" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.${g.int(0, 9)}"

  name = "\${local.name_prefix}-${g.word()}"
  cidr = "${g.cidr()}"

  azs             = slice(data.aws_availability_zones.available.names, 0, ${g.int(2, 3)})
  private_subnets = [for i in range(${g.int(2, 3)}) : cidrsubnet(var.vpc_cidr, 4, i)]
  public_subnets  = [for i in range(${g.int(2, 3)}) : cidrsubnet(var.vpc_cidr, 8, i + 48)]

  enable_nat_gateway     = true
  single_nat_gateway     = var.environment != "prod"
  one_nat_gateway_per_az = var.environment == "prod"
  enable_dns_hostnames   = true

  public_subnet_tags = {
    "kubernetes.io/role/elb" = 1
  }

  tags = local.common_tags
}
`;
  }
  if (kind === 1) {
    return `module "${name}" {
  source = "../../modules/${g.word()}-service"

  providers = {
    aws         = aws
    aws.replica = aws.${g.pick(regions).replace(/-/g, '_')}
  }

  name        = "${g.word()}"
  environment = var.environment
  image       = "\${var.ecr_repository_url}:\${var.image_tag}"
  cpu         = ${g.pick([256, 512, 1024, 2048])}
  memory      = ${g.pick([512, 1024, 2048, 4096])}
  desired     = local.${g.word()}_replicas
  subnets     = module.vpc.private_subnets
  ports       = { for p in var.${g.word()}_ports : tostring(p) => { protocol = "tcp", health = "/healthz" } }

  depends_on = [module.vpc]
}
`;
  }
  return `module "${name}" {
  source   = "git::https://github.com/example/terraform-${g.word()}.git//modules/${g.word()}?ref=v${g.int(0, 3)}.${g.int(0, 20)}.${g.int(0, 9)}"
  for_each = var.${g.word()}_instances

  name          = each.key
  instance_type = each.value.instance_type
  min_size      = each.value.min_size
  max_size      = each.value.max_size
  labels        = merge(each.value.labels, { "team" = "${g.pick(teams)}" })
}
`;
};

const outputBlock: Template = (g) => {
  const name = g.name();
  const value = g.pick([
    `aws_instance.${g.word()}[*].id`,
    `{ for k, fn in aws_lambda_function.${g.word()} : k => fn.arn }`,
    `module.${g.word()}.vpc_id`,
    `aws_db_instance.${g.word()}.endpoint`,
    `[for sg in aws_security_group.${g.word()} : sg.id]`,
    `"https://\${aws_lb.${g.word()}.dns_name}/${g.word()}"`,
    `try(aws_s3_bucket.${g.word()}.arn, "")`,
    `values(aws_iam_role.${g.word()})[*].arn`,
  ]);
  return `output "${name}" {
  description = "${g.pick(['The', 'All', 'Each'])} ${g.word()} ${g.pick(['ids', 'ARNs', 'endpoint', 'URL', 'names'])}"
  value       = ${value}
${g.chance(0.2) ? '  sensitive   = true\n' : ''}}
`;
};

const autoscalingGroup: Template = (g) => {
  const name = g.name();
  return `resource "aws_launch_template" "${name}" {
  name_prefix   = "${name}-"
  image_id      = data.aws_ami.${g.word()}.id
  instance_type = "${g.pick(instanceTypes)}"
  user_data     = base64encode(templatefile("\${path.module}/templates/${g.word()}.sh.tpl", {
    cluster_name = local.cluster_name
    region       = var.region
    extra_args   = join(" ", var.${g.word()}_extra_args)
  }))

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = ${g.pick([30, 50, 80])}
      volume_type = "gp3"
      encrypted   = true
    }
  }
}

resource "aws_autoscaling_group" "${name}" {
  name_prefix         = "${name}-"
  min_size            = ${g.int(1, 2)}
  max_size            = ${g.int(3, 20)}
  desired_capacity    = ${g.int(1, 3)}
  vpc_zone_identifier = module.vpc.private_subnets
  health_check_type   = "ELB"
  target_group_arns   = [aws_lb_target_group.${g.word()}.arn]

  launch_template {
    id      = aws_launch_template.${name}.id
    version = "$Latest"
  }

  instance_refresh {
    strategy = "Rolling"
    preferences {
      min_healthy_percentage = ${g.pick([50, 66, 90])}
    }
  }

  dynamic "tag" {
    for_each = merge(local.common_tags, { Name = "${name}" })
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}
`;
};

const metricAlarms: Template = (g) => {
  const name = g.name();
  return `resource "aws_cloudwatch_metric_alarm" "${name}" {
  for_each = {
    cpu    = { metric = "CPUUtilization", threshold = ${g.int(60, 95)} }
    memory = { metric = "MemoryUtilization", threshold = ${g.int(70, 95)} }
    errors = { metric = "5XXError", threshold = ${g.int(1, 50)} }
  }

  alarm_name          = "\${local.name_prefix}-${g.word()}-\${each.key}"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = ${g.int(1, 5)}
  metric_name         = each.value.metric
  namespace           = "${g.pick(['AWS/EC2', 'AWS/ECS', 'AWS/ApplicationELB', 'AWS/RDS'])}"
  period              = ${g.pick([60, 300, 900])}
  statistic           = "Average"
  threshold           = each.value.threshold
  alarm_description   = "\${title(each.key)} above \${each.value.threshold} for ${g.word()}"
  alarm_actions       = [aws_sns_topic.${g.word()}.arn]
  ok_actions          = var.notify_on_ok ? [aws_sns_topic.${g.word()}.arn] : []

  dimensions = {
    ClusterName = aws_ecs_cluster.${g.word()}.name
    ServiceName = aws_ecs_service.${g.word()}.name
  }
}
`;
};

const taskDefinition: Template = (g) => {
  const name = g.name();
  return `resource "aws_ecs_task_definition" "${name}" {
  family                   = "\${local.name_prefix}-${name}"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = ${g.pick([256, 512, 1024, 2048])}
  memory                   = ${g.pick([512, 1024, 2048, 4096])}
  execution_role_arn       = aws_iam_role.${g.word()}.arn
  task_role_arn            = aws_iam_role.${g.word()}.arn

  container_definitions = jsonencode([
    {
      name      = "${g.word()}"
      image     = "\${var.ecr_repository_url}:\${var.image_tag}"
      essential = true
      portMappings = [
        { containerPort = ${g.pick([80, 3000, 8080, 9000])}, protocol = "tcp" },
      ]
      environment = [for k, v in var.${g.word()}_environment : { name = k, value = tostring(v) }]
      secrets = [
        for key in var.secret_keys : {
          name      = upper(replace(key, "-", "_"))
          valueFrom = "\${aws_secretsmanager_secret.${g.word()}.arn}:\${key}::"
        }
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          "awslogs-group"         = aws_cloudwatch_log_group.${g.word()}.name
          "awslogs-region"        = var.region
          "awslogs-stream-prefix" = "${g.word()}"
        }
      }
      healthCheck = {
        command  = ["CMD-SHELL", "curl -f http://localhost/health || exit 1"]
        interval = ${g.int(10, 60)}
        retries  = ${g.int(2, 5)}
      }
    },
  ])

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "${g.pick(['ARM64', 'X86_64'])}"
  }
}
`;
};

const lbListener: Template = (g) => {
  const name = g.name();
  return `resource "aws_lb_listener" "${name}" {
  load_balancer_arn = aws_lb.${g.word()}.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate_validation.${g.word()}.certificate_arn

  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "text/plain"
      message_body = "Not found"
      status_code  = "404"
    }
  }
}

resource "aws_lb_listener_rule" "${name}" {
  for_each     = var.${g.word()}_routes
  listener_arn = aws_lb_listener.${name}.arn
  priority     = ${g.int(1, 50)} + index(keys(var.${g.word()}_routes), each.key)

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.${g.word()}[each.key].arn
  }

  condition {
    path_pattern {
      values = each.value.paths
    }
  }

  condition {
    host_header {
      values = ["\${each.key}.\${var.domain_name}"]
    }
  }
}
`;
};

const templatesAndDirectives: Template = (g) => {
  const name = g.name();
  return `resource "aws_ssm_parameter" "${name}" {
  name  = "/\${var.environment}/${g.word()}/${name}"
  type  = "String"
  value = "%{ for i, host in var.${g.word()}_hosts }\${i > 0 ? "," : ""}\${host}:\${var.port}%{ endfor }"

  description = <<-EOT
    Generated for %{ if var.environment == "prod" }production%{ else }\${var.environment}%{ endif }.
    %{~ for k, v in var.labels ~}
    \${k}=\${v}
    %{~ endfor ~}
    Do not edit by hand: owned by the ${g.pick(teams)} team.
  EOT

  tier = length(var.${g.word()}_hosts) > ${g.int(10, 40)} ? "Advanced" : "Standard"
}
`;
};

const eksNodeGroup: Template = (g) => {
  const name = g.name();
  return `resource "aws_eks_node_group" "${name}" {
  for_each = var.node_groups

  cluster_name    = aws_eks_cluster.${g.word()}.name
  node_group_name = "\${each.key}-${name}"
  node_role_arn   = aws_iam_role.${g.word()}.arn
  subnet_ids      = each.value.subnet_ids != null ? each.value.subnet_ids : module.vpc.private_subnets
  instance_types  = each.value.instance_types
  capacity_type   = upper(each.value.capacity_type)
  ami_type        = "${g.pick(['AL2023_x86_64_STANDARD', 'AL2023_ARM_64_STANDARD', 'BOTTLEROCKET_x86_64'])}"

  scaling_config {
    desired_size = each.value.desired_size
    min_size     = each.value.min_size
    max_size     = max(each.value.max_size, each.value.desired_size)
  }

  update_config {
    max_unavailable_percentage = ${g.pick([10, 25, 33])}
  }

  labels = merge({ "node.kubernetes.io/pool" = each.key }, each.value.labels)

  dynamic "taint" {
    for_each = each.value.taints
    content {
      key    = taint.value.key
      value  = taint.value.value
      effect = taint.value.effect
    }
  }

  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }
}
`;
};

const amiData: Template = (g) => `data "aws_ami" "${g.name()}" {
  most_recent = true
  owners      = ["${g.pick(['amazon', '099720109477', 'self'])}"]

  filter {
    name   = "name"
    values = ["${g.pick(['al2023-ami-*-x86_64', 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*', 'amzn2-ami-hvm-*-arm64-gp2'])}"]
  }

  filter {
    name   = "virtualization-type"
    values = ["hvm"]
  }
}
`;

const kmsKey: Template = (g) => {
  const name = g.name();
  return `// Customer-managed key: rotation on, ${g.int(7, 30)}-day deletion window.
resource "aws_kms_key" "${name}" {
  description             = "KMS key for ${g.word()} (\${var.environment})"
  deletion_window_in_days = ${g.int(7, 30)}
  enable_key_rotation     = true
  policy                  = data.aws_iam_policy_document.${g.word()}.json
  multi_region            = ${g.chance(0.2)}
}

resource "aws_kms_alias" "${name}" {
  name          = "alias/\${local.name_prefix}-${name.replace(/_/g, '-')}"
  target_key_id = aws_kms_key.${name}.key_id
}
`;
};

const dynamoTable: Template = (g) => {
  const name = g.name();
  return `resource "aws_dynamodb_table" "${name}" {
  name         = "\${local.name_prefix}-${name}"
  billing_mode = var.environment == "prod" ? "PROVISIONED" : "PAY_PER_REQUEST"
  hash_key     = "pk"
  range_key    = "sk"

  read_capacity  = var.environment == "prod" ? ${g.int(5, 100)} : null
  write_capacity = var.environment == "prod" ? ${g.int(5, 100)} : null

  attribute {
    name = "pk"
    type = "S"
  }

  attribute {
    name = "sk"
    type = "S"
  }

  dynamic "global_secondary_index" {
    for_each = var.${g.word()}_indexes
    content {
      name            = global_secondary_index.key
      hash_key        = global_secondary_index.value.hash_key
      projection_type = "ALL"
    }
  }

  point_in_time_recovery {
    enabled = true
  }

  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }

${g.tags('  ')}
}
`;
};

const route53Records: Template = (g) => {
  const name = g.name();
  return `resource "aws_route53_record" "${name}" {
  for_each = toset(["${g.word()}", "www.${g.word()}", "api.${g.word()}"])

  zone_id = data.aws_route53_zone.${g.word()}.zone_id
  name    = "\${each.value}.\${var.domain_name}"
  type    = "A"

  alias {
    name                   = aws_lb.${g.word()}.dns_name
    zone_id                = aws_lb.${g.word()}.zone_id
    evaluate_target_health = true
  }
}

moved {
  from = aws_route53_record.${name}_old
  to   = aws_route53_record.${name}
}
`;
};

const sqsQueue: Template = (g) => {
  const name = g.name();
  return `resource "aws_sqs_queue" "${name}" {
  name                       = "\${local.name_prefix}-${name}\${var.fifo ? ".fifo" : ""}"
  fifo_queue                 = var.fifo
  visibility_timeout_seconds = ${g.int(30, 900)}
  message_retention_seconds  = ${g.pick([86400, 345600, 1209600])}
  kms_master_key_id          = "alias/aws/sqs"

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.${name}_dlq.arn
    maxReceiveCount     = ${g.int(3, 10)}
  })
}

resource "aws_sqs_queue" "${name}_dlq" {
  name                      = "\${local.name_prefix}-${name}-dlq"
  message_retention_seconds = 1209600 # 14 days, the maximum
}
`;
};

interface Flavour {
  readonly files: readonly string[];
  readonly templates: readonly (readonly [Template, number])[];
}

const flavours: readonly Flavour[] = [
  {
    files: ['main.tf', 'resources.tf', 'service.tf'],
    templates: [
      [instanceResource, 2], [securityGroup, 2], [s3Bucket, 2], [iamRole, 2], [lambdaFunction, 2], [dbInstance, 1],
      [moduleCall, 2], [localsBlock, 1], [autoscalingGroup, 1], [metricAlarms, 1], [taskDefinition, 1],
      [lbListener, 1], [templatesAndDirectives, 1], [eksNodeGroup, 1], [amiData, 1], [kmsKey, 1], [dynamoTable, 1],
      [route53Records, 1], [sqsQueue, 1], [policyDocument, 1], [outputBlock, 1],
    ],
  },
  { files: ['variables.tf', 'inputs.tf'], templates: [[variableBlock, 1]] },
  { files: ['outputs.tf'], templates: [[outputBlock, 1]] },
  { files: ['locals.tf'], templates: [[localsBlock, 3], [amiData, 1]] },
  { files: ['iam.tf'], templates: [[iamRole, 3], [policyDocument, 3], [kmsKey, 1]] },
  { files: ['network.tf'], templates: [[securityGroup, 3], [moduleCall, 2], [lbListener, 2], [route53Records, 2]] },
  { files: ['compute.tf', 'eks.tf'], templates: [[instanceResource, 2], [autoscalingGroup, 2], [eksNodeGroup, 2], [amiData, 1]] },
  { files: ['storage.tf', 'data.tf'], templates: [[s3Bucket, 3], [dynamoTable, 2], [dbInstance, 2], [sqsQueue, 2]] },
  { files: ['monitoring.tf'], templates: [[metricAlarms, 3], [templatesAndDirectives, 2], [sqsQueue, 1]] },
  { files: ['modules.tf'], templates: [[moduleCall, 4], [localsBlock, 1], [outputBlock, 1]] },
];
const flavourWeights = [6, 2, 1, 1, 2, 2, 2, 2, 1, 1];

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

function generateFile(rng: Rng, index: number): CorpusFile {
  const g = makeGen(rng);
  const flavour = weighted(rng, flavours.map((f, i) => [f, flavourWeights[i]!] as const));
  // Log-uniform: most files are a few KB, a few approach the 30 KB bound, as in real repositories.
  const target = Math.round(minFileBytes * Math.pow(maxFileBytes / minFileBytes, rng()));
  const parts: string[] = [];
  let size = 0;
  const crlf = rng() < 0.03;
  // `size` is the length of the file's text so far: the parts joined by newlines, in its line breaks.
  const sizeOf = (text: string): number => text.length + (crlf ? text.split('\n').length - 1 : 0);
  const add = (text: string): void => {
    size += sizeOf(text) + (parts.length > 0 ? sizeOf('\n') : 0);
    parts.push(text);
  };
  if (rng() < 0.3) add(`# ${g.pick(['Managed by Terraform', 'Stack', 'Environment'])}: ${g.word()} · ${g.pick(teams)} team\n`);
  if (flavour === flavours[0] && rng() < 0.3) {
    add(terraformBlock(g));
    add(providerBlock(g));
  }
  while (size < target) {
    const block = weighted(rng, flavour.templates)(g);
    // A file may exceed its target by one block but never the 30 KB bound; below 1 KB, keep adding.
    if (size >= minFileBytes && size + sizeOf(block) + sizeOf('\n') > maxFileBytes) break;
    add(block);
  }
  let text = parts.join('\n');
  if (crlf) text = text.replace(/\n/g, '\r\n');
  const dir = `stacks/${g.word()}-${String(index).padStart(5, '0')}`;
  return { path: `${dir}/${g.pick(flavour.files)}`, text };
}
