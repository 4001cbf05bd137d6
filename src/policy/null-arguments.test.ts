/**
 * `null` means "not set", from the user's side: an argument written `= null`, or null through a
 * variable, a conditional or a module input, behaves exactly as an absent argument. Rules that want
 * an attribute fire; rules that skip a resource when an attribute is present (a read replica, a
 * restored snapshot) do not skip it; fixes replace a `= null` written in place and leave a variable
 * reference alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../text';
import { evaluateConfiguration, memoryHost } from '../terraform';
import { runPolicy } from './engine';
import type { Finding } from './rule';
import { RULES } from './rules';

function scan(files: Record<string, string>, only: readonly string[]): Finding[] {
  const ev = evaluateConfiguration(memoryHost(files), '.', { defaultRegion: 'us-east-1' });
  return runPolicy(ev, { rules: RULES.filter((r) => only.includes(r.id)), today: '2026-12-07' });
}

function show(f: Finding): string {
  return `${f.file}:${f.range.start.line + 1} ${f.ruleId} ${f.resourceAddress}`;
}

const PROFILE = 'aws-ec2-instance-profile-missing';

test('an argument set to null is a missing argument: literally, through a variable, a conditional or a module input', () => {
  const files = {
    'main.tf': `variable "profile" {
  type    = string
  default = null
}

variable "admin" {
  type    = bool
  default = false
}

resource "aws_instance" "literal" {
  ami                  = "ami-123"
  instance_type        = "t3.micro"
  iam_instance_profile = null
}

resource "aws_instance" "variable" {
  ami                  = "ami-123"
  instance_type        = "t3.micro"
  iam_instance_profile = var.profile
}

resource "aws_instance" "conditional" {
  ami                  = "ami-123"
  instance_type        = "t3.micro"
  iam_instance_profile = var.admin ? "admin" : null
}

resource "aws_instance" "set" {
  ami                  = "ami-123"
  instance_type        = "t3.micro"
  iam_instance_profile = "app"
}

module "worker" {
  source  = "./worker"
  profile = null
}
`,
    'worker/main.tf': `variable "profile" {
  type = string
}

resource "aws_instance" "this" {
  ami                  = "ami-123"
  instance_type        = "t3.micro"
  iam_instance_profile = var.profile
}
`,
  };
  assert.deepEqual(scan(files, [PROFILE]).map(show), [
    `main.tf:11 ${PROFILE} aws_instance.literal`,
    `main.tf:17 ${PROFILE} aws_instance.variable`,
    `main.tf:23 ${PROFILE} aws_instance.conditional`,
    `worker/main.tf:5 ${PROFILE} module.worker.aws_instance.this`,
  ]);
});

test('a rule that skips a resource when an attribute is present does not skip it for null', () => {
  const files = {
    'main.tf': `variable "source_db" {
  type    = string
  default = null
}

resource "aws_db_instance" "primary" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  replicate_source_db = var.source_db
}

resource "aws_db_instance" "replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = "primary"
}
`,
  };
  assert.deepEqual(scan(files, ['aws-rds-storage-unencrypted', 'aws-rds-backups-disabled']).map(show), [`main.tf:6 aws-rds-storage-unencrypted aws_db_instance.primary`]);
});

test('a fix replaces `= null` written in place, and offers nothing when the null came through a variable', () => {
  const text = `variable "encrypted" {
  type    = bool
  default = null
}

resource "aws_db_instance" "literal" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = null # set by the platform team
}

resource "aws_db_instance" "variable" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = var.encrypted
}
`;
  const findings = scan({ 'main.tf': text }, ['aws-rds-storage-unencrypted']);
  assert.deepEqual(findings.map(show), ['main.tf:6 aws-rds-storage-unencrypted aws_db_instance.literal', 'main.tf:13 aws-rds-storage-unencrypted aws_db_instance.variable']);
  const [literal, variable] = findings;
  assert.equal(literal!.message, 'storage_encrypted is not set and defaults to false: the database storage, its backups and snapshots are not encrypted at rest.');
  assert.equal(variable!.fixes.length, 0, 'the fix belongs at the variable, not over the reference');
  assert.equal(literal!.fixes.length, 1);
  const fixed = applyEdits(text, literal!.fixes[0]!.edits);
  assert.match(fixed, /storage_encrypted = true # set by the platform team\n/);
  assert.equal(fixed.match(/storage_encrypted/g)!.length, 2, 'the argument is replaced, not added a second time');
  // applying the fix again changes nothing: the finding is gone
  assert.deepEqual(scan({ 'main.tf': fixed }, ['aws-rds-storage-unencrypted']).map(show), ['main.tf:13 aws-rds-storage-unencrypted aws_db_instance.variable']);
});

test('tags = null is no tags: the provider default_tags still count', () => {
  const files = {
    'main.tf': `provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = { Owner = "platform" }
  }
}

resource "aws_sqs_queue" "q" {
  name = "jobs"
  tags = null
}
`,
  };
  const ev = evaluateConfiguration(memoryHost(files), '.', { defaultRegion: 'us-east-1' });
  const findings = runPolicy(ev, { rules: RULES.filter((r) => r.id === 'aws-resource-missing-required-tags'), today: '2026-12-07', config: { requiredTags: ['Owner'] } });
  assert.deepEqual(findings.map(show), []);
});
