/**
 * A finding about a companion resource names the resource it configures, as the user (and Trivy)
 * think of it: a public aws_s3_bucket_acl makes the bucket public. The finding names the bucket,
 * stays on the companion's attribute where the setting is written (and its fix edits), and lists the
 * bucket's declaration as its first related location. A suppression written above the companion or
 * above the bucket covers it. When the owner cannot be told, the finding names the companion.
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
  const rel = f.related.map((r) => ` <${r.file}:${r.range.start.line + 1}:${r.range.start.column + 1} ${r.message}>`).join('');
  return `${f.file}:${f.range.start.line + 1}:${f.range.start.column + 1} ${f.ruleId} ${f.resourceAddress}${rel}`;
}

const ACL = 'aws-s3-public-acl';

test('a public ACL resource gives a finding on the bucket, pointing at the ACL, with the fix editing the ACL', () => {
  const main = `resource "aws_s3_bucket" "assets" {
  bucket = "shop-assets"
}
`;
  const acl = `resource "aws_s3_bucket_acl" "assets" {
  bucket = aws_s3_bucket.assets.id
  acl    = "public-read"
}

resource "aws_s3_bucket_acl" "by_name" {
  bucket = "shop-assets"
  acl    = "public-read-write"
}
`;
  const findings = scan({ 'main.tf': main, 'acl.tf': acl }, [ACL]);
  assert.deepEqual(findings.map(show), [
    'acl.tf:3:3 aws-s3-public-acl aws_s3_bucket.assets <main.tf:1:1 aws_s3_bucket_acl.assets configures aws_s3_bucket.assets>',
    'acl.tf:8:3 aws-s3-public-acl aws_s3_bucket.assets <main.tf:1:1 aws_s3_bucket_acl.by_name configures aws_s3_bucket.assets>',
  ]);
  const edits = findings[0]!.fixes[0]!.edits;
  assert.ok(edits.every((e) => e.file === 'acl.tf'));
  assert.match(applyEdits(acl, edits), /acl {4}= "private"/);
});

test('instances of a module find their own bucket; an ACL whose bucket is not in the configuration keeps the finding', () => {
  const files = {
    'main.tf': `module "site" {
  source   = "./site"
  for_each = toset(["a", "b"])
  name     = each.key
}

variable "outside_bucket" {
  type    = string
  default = "made-elsewhere"
}

resource "aws_s3_bucket_acl" "outside" {
  bucket = var.outside_bucket
  acl    = "public-read"
}
`,
    'site/main.tf': `variable "name" {
  type = string
}

resource "aws_s3_bucket" "this" {
  bucket = "site-\${var.name}"
}

resource "aws_s3_bucket_acl" "this" {
  bucket = aws_s3_bucket.this.id
  acl    = "public-read"
}
`,
  };
  assert.deepEqual(scan(files, [ACL]).map(show), [
    'main.tf:14:3 aws-s3-public-acl aws_s3_bucket_acl.outside',
    'site/main.tf:11:3 aws-s3-public-acl module.site["a"].aws_s3_bucket.this <site/main.tf:5:1 module.site["a"].aws_s3_bucket_acl.this configures module.site["a"].aws_s3_bucket.this>',
    'site/main.tf:11:3 aws-s3-public-acl module.site["b"].aws_s3_bucket.this <site/main.tf:5:1 module.site["b"].aws_s3_bucket_acl.this configures module.site["b"].aws_s3_bucket.this>',
  ]);
});

test('a suppression above the companion or above the bucket it configures covers the finding', () => {
  const bucket = `resource "aws_s3_bucket" "assets" {
  bucket = "shop-assets"
}
`;
  const acl = `resource "aws_s3_bucket_acl" "assets" {
  bucket = aws_s3_bucket.assets.id
  acl    = "public-read"
}
`;
  const ignore = '# kensa:ignore aws-s3-public-acl the launch page is public on purpose\n';
  assert.deepEqual(scan({ 'main.tf': `${bucket}\n${ignore}${acl}` }, [ACL]).map(show), []);
  assert.deepEqual(scan({ 'main.tf': `${ignore}${bucket}\n${acl}` }, [ACL]).map(show), []);
  assert.deepEqual(scan({ 'main.tf': `${bucket}\n${acl}` }, [ACL]).map((f) => f.resourceAddress), ['aws_s3_bucket.assets']);
});

test('queue, topic and repository policies are findings of the queue, the topic and the repository', () => {
  const policy = `jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "*", Resource = "*" }]
  })`;
  const files = {
    'main.tf': `resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = ${policy}
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic_policy" "alerts" {
  arn    = aws_sns_topic.alerts.arn
  policy = ${policy}
}

resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy     = ${policy}
}
`,
  };
  const found = scan(files, ['aws-sqs-queue-policy-public', 'aws-sns-topic-policy-public', 'aws-ecr-repository-policy-public']);
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.resourceAddress} ${f.related[0]?.range.start.line! + 1} ${f.related[0]?.message}`),
    [
      'aws-sqs-queue-policy-public aws_sqs_queue.jobs 1 aws_sqs_queue_policy.jobs configures aws_sqs_queue.jobs',
      'aws-sns-topic-policy-public aws_sns_topic.alerts 13 aws_sns_topic_policy.alerts configures aws_sns_topic.alerts',
      'aws-ecr-repository-policy-public aws_ecr_repository.app 25 aws_ecr_repository_policy.app configures aws_ecr_repository.app',
    ],
  );
});

test('aws_alb* are the aws_lb* they alias: checked by the same rules, found by the same lookups', () => {
  const files = {
    'main.tf': `resource "aws_eip" "nlb" {
  domain = "vpc"
}

resource "aws_alb" "edge" {
  load_balancer_type = "network"
  subnet_mapping {
    subnet_id     = "subnet-0123"
    allocation_id = aws_eip.nlb.id
  }
}

resource "aws_alb_target_group" "web" {
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0123"
}

resource "aws_eip" "spare" {
  domain = "vpc"
}
`,
  };
  const ev = evaluateConfiguration(memoryHost(files), '.', { defaultRegion: 'us-east-1' });
  const found = runPolicy(ev, {
    rules: RULES.filter((r) => ['aws-eip-unattached', 'aws-resource-missing-required-tags', 'aws-lb-deletion-protection-disabled'].includes(r.id)),
    config: { requiredTags: ['team'] },
    today: '2026-12-07',
  });
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.resourceAddress}`),
    [
      'aws-resource-missing-required-tags aws_eip.nlb',
      'aws-lb-deletion-protection-disabled aws_alb.edge',
      'aws-resource-missing-required-tags aws_alb.edge',
      'aws-resource-missing-required-tags aws_alb_target_group.web',
      'aws-eip-unattached aws_eip.spare',
      'aws-resource-missing-required-tags aws_eip.spare',
    ],
  );
});
