/**
 * A monorepo through the CLI, read from disk, a cold process each run: several hundred root
 * modules (`live/<team>/<env>/<stack>/`, each with its own resources and calls to shared local
 * modules) over the 100-module library of workspace.ts, about 2,500 files and 8 MB at 1x. The
 * workspace is written at 1x, 2x, 4x and 8x (copies side by side) and `kensa scan` and `kensa cost`
 * are timed on each, with the peak resident set of the process (GNU time's %M). References measured
 * in the same run: a cold `kensa --version` (process start-up and bundle load) and parsing every
 * file of the 1x workspace in this process. The ratio of time per file between 8x and 1x says
 * whether the work grows linearly with the workspace.
 *
 * `KENSA_BENCH_SCALES=1,2` limits the scales (the 8x runs take minutes on a small machine).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fromRoot } from '../test/support/paths';
import { parseHcl } from '../src/hcl/index';
import { median, timeRuns } from './measure';
import type { BenchSection, Row } from './section';
import { generateWorkspace, mulberry32 } from './workspace';

const seed = 20261207;
const runs = 3;
const TEAMS = 25;
const ENVS = ['dev', 'staging', 'prod'] as const;
const STACKS = 5;
/** Resource groups written directly in each root (bucket, queue, role, alarm, ...). */
const GROUPS_PER_ROOT = 5;

/** The 1x monorepo: path to text. The same seed always gives the same files. */
export function generateMonorepo(s: number): Record<string, string> {
  const rng = mulberry32(s);
  const int = (lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
  const library = generateWorkspace(s);
  const files: Record<string, string> = {};
  // the library's modules, without its root module
  for (const [path, text] of Object.entries(library.files)) if (path.startsWith('modules/')) files[path] = text;
  const components = library.moduleDirs.filter((d) => d.startsWith('modules/components/'));
  const services = library.moduleDirs.filter((d) => d.startsWith('modules/services/'));
  for (let t = 0; t < TEAMS; t++) {
    for (const env of ENVS) {
      for (let k = 0; k < STACKS; k++) {
        const dir = `live/team-${t}/${env}/stack-${k}`;
        const calls = [components[(t * STACKS + k) % components.length]!];
        if (k === 0) calls.push(services[t % services.length]!);
        files[`${dir}/main.tf`] = rootMain(dir, env, calls, int);
        files[`${dir}/variables.tf`] = rootVariables(env);
        files[`${dir}/providers.tf`] = rootProviders(t, env, k);
        files[`${dir}/terraform.tfvars`] = `name          = "t${t}-s${k}"\nenvironment   = "${env}"\ninstance_type = "${['t3.small', 'm6i.large', 'c6g.xlarge'][int(0, 2)]}"\nvpc_cidr      = "10.${t}.${k * 16}.0/20"\nports         = [443, ${[80, 8080, 9090][int(0, 2)]}]\n`;
      }
    }
  }
  return files;
}

function rootProviders(t: number, env: string, k: number): string {
  return `terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }

  backend "s3" {
    bucket         = "acme-terraform-state"
    key            = "team-${t}/${env}/stack-${k}/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Team        = "team-${t}"
      Environment = "${env}"
      ManagedBy   = "terraform"
    }
  }
}
`;
}

function rootVariables(env: string): string {
  return `variable "name" {
  description = "Prefix for every resource of this stack"
  type        = string

  validation {
    condition     = length(var.name) >= 3
    error_message = "The name must be at least 3 characters long."
  }
}

variable "environment" {
  type    = string
  default = "${env}"
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "instance_type" {
  type    = string
  default = "t3.small"
}

variable "vpc_cidr" {
  type = string
}

variable "ports" {
  type    = list(number)
  default = [443]
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "retention_days" {
  description = "How long logs are kept"
  type        = number
  default     = 30
}
`;
}

function rootMain(dir: string, env: string, calls: readonly string[], int: (lo: number, hi: number) => number): string {
  const up = '../'.repeat(dir.split('/').length);
  const parts: string[] = [
    `locals {
  is_prod     = var.environment == "prod"
  common_tags = merge(var.tags, { Stack = var.name })
  retention   = local.is_prod ? 365 : var.retention_days
}

data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com", "lambda.amazonaws.com"]
    }
  }
}

resource "aws_kms_key" "main" {
  description             = "\${var.name} data key"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}
`,
  ];
  calls.forEach((source, i) => {
    parts.push(`module "m${i}" {
  source = "${up}${source}"

  name        = "\${var.name}-m${i}"
  environment = var.environment
  vpc_cidr    = cidrsubnet(var.vpc_cidr, 2, ${i})
  tags        = local.common_tags
}
`);
  });
  for (let g = 0; g < GROUPS_PER_ROOT; g++) {
    const n = `${g}`;
    parts.push(`resource "aws_s3_bucket" "data_${n}" {
  bucket = "\${var.name}-data-${n}-\${var.environment}"
  tags   = merge(local.common_tags, { Purpose = "data ${n}" })
}

resource "aws_s3_bucket_versioning" "data_${n}" {
  bucket = aws_s3_bucket.data_${n}.id

  versioning_configuration {
    status = local.is_prod ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data_${n}" {
  bucket = aws_s3_bucket.data_${n}.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.main.arn
    }
  }
}

resource "aws_sqs_queue" "jobs_${n}" {
  name                       = "\${var.name}-jobs-${n}"
  visibility_timeout_seconds = ${int(30, 300)}
  message_retention_seconds  = ${int(1, 14)} * 86400
  kms_master_key_id          = aws_kms_key.main.id
  tags                       = local.common_tags
}

resource "aws_cloudwatch_log_group" "worker_${n}" {
  name              = "/acme/\${var.name}/worker-${n}"
  retention_in_days = local.retention
  kms_key_id        = aws_kms_key.main.arn
}

resource "aws_iam_role" "worker_${n}" {
  name               = "\${var.name}-worker-${n}"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy" "worker_${n}" {
  name = "queue-access"
  role = aws_iam_role.worker_${n}.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]
        Resource = aws_sqs_queue.jobs_${n}.arn
      },
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject"]
        Resource = "\${aws_s3_bucket.data_${n}.arn}/*"
      },
    ]
  })
}

resource "aws_instance" "worker_${n}" {
  count         = local.is_prod ? ${int(2, 3)} : 1
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = var.instance_type

  metadata_options {
    http_tokens = "required"
  }

  root_block_device {
    volume_type = "gp3"
    volume_size = ${[20, 50, 100][int(0, 2)]}
    encrypted   = true
  }

  tags = merge(local.common_tags, { Name = "\${var.name}-worker-${n}-\${count.index}" })
}

resource "aws_security_group" "worker_${n}" {
  name        = "\${var.name}-worker-${n}"
  description = "Worker ${n} of \${var.name}"

  dynamic "ingress" {
    for_each = var.ports
    content {
      description = "port \${ingress.value}"
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [var.vpc_cidr]
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "queue_depth_${n}" {
  alarm_name          = "\${var.name}-jobs-${n}-depth"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = ${int(1, 5)}
  metric_name         = "ApproximateNumberOfMessagesVisible"
  namespace           = "AWS/SQS"
  period              = 300
  statistic           = "Maximum"
  threshold           = ${int(10, 1000)}
  dimensions = {
    QueueName = aws_sqs_queue.jobs_${n}.name
  }
}
`);
  }
  if (env === 'prod') {
    parts.push(`resource "aws_db_instance" "main" {
  identifier          = "\${var.name}-db"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.m6g.large"
  allocated_storage   = ${int(50, 500)}
  storage_type        = "gp3"
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.main.arn
  multi_az            = true
  username            = "app"
  manage_master_user_password = true
  deletion_protection = true
  skip_final_snapshot = false
  final_snapshot_identifier = "\${var.name}-final"
  backup_retention_period   = 14
}
`);
  }
  return parts.join('\n');
}

interface Run {
  readonly ms: number;
  readonly rssMb: number;
}

/** One cold CLI process: wall time and peak RSS, by GNU time. */
function cli(args: readonly string[], cwd: string): Run {
  const cliPath = fromRoot('dist/cli.js');
  const out = join(cwd, '.bench-out');
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', out, process.execPath, cliPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (r.status !== 0 && r.status !== 1) throw new Error(`kensa ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const kb = Number(readFileSync(out, 'utf8').trim().split('\n').pop());
  return { ms, rssMb: kb / 1024 };
}

function medianRun(list: readonly Run[]): Run {
  return { ms: median(list.map((r) => r.ms)), rssMb: Math.max(...list.map((r) => r.rssMb)) };
}

function write(dir: string, files: Record<string, string>, copies: number): void {
  for (let c = 0; c < copies; c++) {
    for (const [path, text] of Object.entries(files)) {
      const full = join(dir, `copy-${c}`, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
}

export const monorepoSection: BenchSection = {
  name: 'monorepo',
  description: 'a generated monorepo (375 roots over shared local modules, ~2,500 files) read from disk by cold CLI processes: scan and cost at 1x, 2x, 4x, 8x',
  async run(): Promise<readonly Row[]> {
    if (!existsSync('/usr/bin/time')) throw new Error('the monorepo section needs GNU time (/usr/bin/time, Debian package "time") for peak RSS');
    if (!existsSync(fromRoot('dist/cli.js'))) throw new Error('dist/cli.js is missing: run node esbuild.mjs first');
    const scales = (process.env.KENSA_BENCH_SCALES ?? '1,2,4,8').split(',').map(Number).filter((n) => n > 0);
    const files = generateMonorepo(seed);
    const paths = Object.keys(files);
    const bytes = Object.values(files).reduce((s, t) => s + Buffer.byteLength(t), 0);
    const roots = paths.filter((p) => p.startsWith('live/') && p.endsWith('/main.tf')).length;
    const tf = Object.entries(files).filter(([p]) => p.endsWith('.tf'));
    log(`monorepo: ${paths.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${roots} root modules at 1x`);

    const parse = await timeRuns(5, () => {
      for (const [p, t] of tf) parseHcl(t, p);
    });
    const version: Run[] = [];
    const base = mkdtempSync(join(tmpdir(), 'kensa-bench-monorepo-'));
    const rows: Row[] = [
      { kind: 'note', label: 'workspace (1x)', text: `${paths.length} files (${tf.length} .tf), ${(bytes / 1e6).toFixed(1)} MB, ${roots} root modules calling shared local modules (seed ${seed})` },
      { kind: 'note', label: 'reference: parse every 1x file in-process, median', text: `${parse.medianMs.toFixed(0)} ms` },
    ];
    const perFile = new Map<string, Map<number, number>>();
    try {
      for (const scale of scales) {
        const dir = join(base, `x${scale}`);
        write(dir, files, scale);
        for (const command of ['scan', 'cost'] as const) {
          const args = command === 'scan' ? ['scan', '.', '--format', 'json', '--fail-on', 'none'] : ['cost', '.', '--format', 'json'];
          log(`monorepo: ${command} at ${scale}x (${paths.length * scale} files) x${runs}`);
          const list: Run[] = [];
          for (let i = 0; i < runs; i++) {
            version.push(cli(['--version'], dir));
            list.push(cli(args, dir));
          }
          const m = medianRun(list);
          rows.push({ kind: 'note', label: `${command} ${scale}x`, text: `${(m.ms / 1000).toFixed(2)} s median of ${runs} (${list.map((r) => (r.ms / 1000).toFixed(2)).join(', ')}), peak RSS ${m.rssMb.toFixed(0)} MB, ${((m.ms * 1000) / (paths.length * scale)).toFixed(0)} µs per file` });
          const byScale = perFile.get(command) ?? new Map<number, number>();
          byScale.set(scale, m.ms / (paths.length * scale));
          perFile.set(command, byScale);
        }
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
    const startup = median(version.map((r) => r.ms));
    rows.push({ kind: 'note', label: 'reference: cold `kensa --version`, median', text: `${startup.toFixed(0)} ms` });
    for (const [command, byScale] of perFile) {
      const one = byScale.get(1);
      const last = Math.max(...byScale.keys());
      // lower is better here, unlike a `ratio` row's "x faster": said in words
      if (one !== undefined && last > 1) rows.push({ kind: 'note', label: `${command}: time per file, ${last}x / 1x`, text: `${(byScale.get(last)! / one).toFixed(2)} (1.00 is linear; the target is at most 1.20 at 8x)` });
      if (one !== undefined) rows.push({ kind: 'note', label: `${command} 1x / in-process parse`, text: `${((one * paths.length) / parse.medianMs).toFixed(1)} times the parse of the same files` });
    }
    return rows;
  },
};

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}
