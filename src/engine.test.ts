/**
 * The engine as the editor and the CLI call it: root modules found, kensa.jsonc applied, edits
 * seen through a warm cache, and cost findings priced in dollars.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, estimateAnalysis, findRootModules } from './engine';
import { EvalCache, memoryHost } from './terraform';
import { embeddedCatalogue, type Catalogue } from './cost';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../test/support/paths';

test('root modules: directories with configuration that no other one calls', () => {
  const host = memoryHost({
    'envs/prod/main.tf': 'module "net" {\n  source = "../../modules/net"\n}\n',
    'envs/dev/main.tf': 'module "net" {\n  source = "../../modules/net"\n}\n',
    'modules/net/main.tf': 'resource "aws_vpc" "this" {}\n',
    '.terraform/modules/x/main.tf': 'resource "aws_vpc" "cached" {}\n',
    'docs/readme.md': '',
  });
  assert.deepEqual(findRootModules(host, '.'), ['envs/dev', 'envs/prod']);
});

test('an edit is seen through a warm cache (the same cache the editor keeps)', () => {
  const files: Record<string, string> = {
    'main.tf': 'module "app" {\n  source = "./app"\n}\n',
    'app/main.tf': 'resource "aws_s3_bucket_acl" "a" {\n  bucket = "a"\n  acl    = "private"\n}\n',
  };
  const cache = new EvalCache();
  const first = analyze(memoryHost(files), '.', { cache, today: '2026-11-22' });
  assert.ok(!first.findings.some((f) => f.ruleId === 'aws-s3-public-acl'));
  files['app/main.tf'] = files['app/main.tf']!.replace('"private"', '"public-read"');
  const second = analyze(memoryHost(files), '.', { cache, today: '2026-11-22' });
  assert.deepEqual(
    second.findings.filter((f) => f.ruleId === 'aws-s3-public-acl').map((f) => `${f.file}:${f.range.start.line + 1}`),
    ['app/main.tf:3'],
  );
});

test('cost findings with a fix state what the fix saves per month, from the catalogue', () => {
  const host = memoryHost({
    'main.tf': 'provider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_db_instance" "db" {\n  engine            = "postgres"\n  instance_class    = "db.m5.large"\n  allocated_storage = 1000\n  storage_type      = "gp2"\n}\n',
  });
  const gp2 = analyze(host, '.', { today: '2026-11-22' }).findings.find((f) => f.ruleId === 'aws-rds-gp2-storage');
  assert.ok(gp2, 'the gp2 database is found');
  // RDS charges gp2 and gp3 the same per GB: no saving to claim
  assert.equal(gp2.monthlySaving, undefined);
  const ebs = analyze(
    memoryHost({ 'main.tf': 'provider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_instance" "web" {\n  ami           = "ami-1"\n  instance_type = "m5.large"\n\n  root_block_device {\n    volume_type = "gp2"\n    volume_size = 500\n  }\n}\n' }),
    '.',
    { today: '2026-11-22' },
  ).findings.find((f) => f.ruleId === 'aws-ec2-block-device-gp2');
  assert.ok(ebs, 'the gp2 root volume is found');
  // 500 GB: gp2 $50 -> gp3 $40, plus the 125 MiB/s above gp3's baseline the fix keeps ($5) to match gp2's 250 MiB/s
  assert.equal(ebs.monthlySaving, 5);
  assert.match(ebs.message, /saves \$5\.00\/mo\.$/);
});

test('cost findings without a fix are priced against the cheaper configuration they suggest', () => {
  const found = analyze(
    memoryHost({ 'main.tf': 'provider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_instance" "api" {\n  ami           = "ami-1"\n  instance_type = "m5.large"\n}\n' }),
    '.',
    { today: '2026-11-22' },
  ).findings.find((f) => f.ruleId === 'aws-ec2-graviton-alternative');
  assert.ok(found);
  // m5.large $0.096/h against m7g.large $0.0816/h, 730 hours
  assert.equal(found.monthlySaving, 10.51);
  assert.equal(found.fixes.length, 0);
});

test('rule settings given by the caller (the editor) take precedence over kensa.jsonc', () => {
  const files = {
    'kensa.jsonc': '{ "rules": { "aws-s3-public-acl": "info", "aws-s3-versioning-disabled": "off" } }',
    'main.tf': 'resource "aws_s3_bucket_acl" "a" {\n  bucket = "a"\n  acl    = "public-read"\n}\n',
  };
  const seen = (a: ReturnType<typeof analyze>): string[] => a.findings.filter((f) => f.ruleId === 'aws-s3-public-acl').map((f) => f.severity);
  assert.deepEqual(seen(analyze(memoryHost(files), '.', { today: '2026-11-22' })), ['info']);
  assert.deepEqual(seen(analyze(memoryHost(files), '.', { today: '2026-11-22', ruleSettings: { 'aws-s3-public-acl': { enabled: true, severity: 'warning' } } })), ['warning']);
  assert.deepEqual(seen(analyze(memoryHost(files), '.', { today: '2026-11-22', ruleSettings: { 'aws-s3-public-acl': { enabled: false } } })), []);
});

test('exclude: folders with everything below them, and globs', () => {
  const files = Object.fromEntries(
    ['live/main.tf', 'sandbox/a/main.tf', 'sandbox/main.tf', 'envs/prod/main.tf', 'envs/dev-old/main.tf', 'deep/x/legacy/main.tf', 'legacy/main.tf', 'legacyish/main.tf'].map((f) => [f, '']),
  );
  const roots = (exclude: string[]): string[] => findRootModules(memoryHost(files), '.', exclude);
  assert.deepEqual(roots([]), ['deep/x/legacy', 'envs/dev-old', 'envs/prod', 'legacy', 'legacyish', 'live', 'sandbox', 'sandbox/a']);
  assert.deepEqual(roots(['sandbox']), ['deep/x/legacy', 'envs/dev-old', 'envs/prod', 'legacy', 'legacyish', 'live']);
  assert.deepEqual(roots(['sandbox/**']), ['deep/x/legacy', 'envs/dev-old', 'envs/prod', 'legacy', 'legacyish', 'live']);
  assert.deepEqual(roots(['./sandbox/']), ['deep/x/legacy', 'envs/dev-old', 'envs/prod', 'legacy', 'legacyish', 'live']);
  assert.deepEqual(roots(['envs/*-old']), ['deep/x/legacy', 'envs/prod', 'legacy', 'legacyish', 'live', 'sandbox', 'sandbox/a']);
  assert.deepEqual(roots(['**/legacy']), ['envs/dev-old', 'envs/prod', 'legacyish', 'live', 'sandbox', 'sandbox/a']);
  assert.deepEqual(roots(['l?ve', 'sandbox/a']), ['deep/x/legacy', 'envs/dev-old', 'envs/prod', 'legacy', 'legacyish', 'sandbox']);
  // kensa.jsonc's exclude is relative to the file, and reaches the engine through analyze()
  const analyzed = analyze(memoryHost({ ...files, 'kensa.jsonc': '{ "exclude": ["sandbox/**", "envs/*-old"] }' }), '.', { today: '2026-11-22', savings: false });
  assert.deepEqual(analyzed.roots.map((r) => r.dir), ['deep/x/legacy', 'envs/prod', 'legacy', 'legacyish', 'live']);
});

test('pricing settings given by the caller (the editor) take precedence over kensa.jsonc, in estimates and savings alike', () => {
  const files = {
    'kensa.jsonc': '{ "pricing": { "spotShare": 0.5, "commitmentDiscount": { "rds": 0.3 } } }',
    'main.tf': 'resource "aws_instance" "web" {\n  ami           = "a"\n  instance_type = "t3.large"\n}\n',
  };
  const hourly = (a: ReturnType<typeof analyze>): number | null => estimateAnalysis(a)[0]!.estimate.resources[0]!.components[0]!.unitPrice;
  const name = (a: ReturnType<typeof analyze>): string => estimateAnalysis(a)[0]!.estimate.resources[0]!.components[0]!.name;
  const fromFile = analyze(memoryHost(files), '.', { today: '2026-11-22', savings: false });
  assert.equal(Math.round(hourly(fromFile)! * 1e5), 6205); // half of it at $0.0832, half at the spot snapshot's $0.0409
  assert.equal(name(fromFile), 'Instance usage (Linux, on-demand, 50% spot, t3.large)');
  const overridden = analyze(memoryHost(files), '.', { today: '2026-11-22', savings: false, pricing: { spotShare: 0, commitmentDiscount: { ec2: 0.5 } } });
  assert.deepEqual(overridden.config.pricing, { spotShare: 0, commitmentDiscount: { rds: 0.3, ec2: 0.5 } });
  assert.equal(Math.round(hourly(overridden)! * 1e5), 4160);
  assert.equal(name(overridden), 'Instance usage (Linux, on-demand, t3.large)');
  const allSpot = analyze(memoryHost(files), '.', { today: '2026-11-22', savings: false, pricing: { spotShare: 1 } });
  assert.equal(name(allSpot), 'Instance usage (Linux, spot, t3.large)');
});

test("variables files per root module feed that root only, after the ones for every root", () => {
  const root = (acl: string) => `variable "acl" {\n  type    = string\n  default = "${acl}"\n}\n\nresource "aws_s3_bucket_acl" "a" {\n  bucket = "a"\n  acl    = var.acl\n}\n`;
  const host = memoryHost({
    'a/main.tf': root('private'),
    'a/public.tfvars': 'acl = "public-read"\n',
    'b/main.tf': root('private'),
    'shared/private.tfvars': 'acl = "private"\n',
  });
  const publicAcl = (options: Parameters<typeof analyze>[2]) =>
    analyze(host, '.', { today: '2026-11-22', ...options }).findings.filter((f) => f.ruleId === 'aws-s3-public-acl').map((f) => f.file);
  assert.deepEqual(publicAcl({ rootVarFiles: { a: ['a/public.tfvars'] } }), ['a/main.tf']);
  assert.deepEqual(publicAcl({ rootVarFiles: { b: ['a/public.tfvars'] } }), ['b/main.tf']);
  // the root's own files come after the shared ones, so they win, as a later -var-file does
  assert.deepEqual(publicAcl({ varFiles: ['shared/private.tfvars'], rootVarFiles: { a: ['a/public.tfvars'] } }), ['a/main.tf']);
  assert.deepEqual(publicAcl({ varFiles: ['a/public.tfvars'] }), ['a/main.tf', 'b/main.tf']);
});

test('with a kept cache, a root module nothing changed under keeps its findings; edits, settings and the date recompute them', () => {
  const files: Record<string, string> = {
    'a/main.tf': 'resource "aws_s3_bucket_acl" "a" {\n  bucket = "a"\n  acl    = "public-read"\n}\n',
    'b/main.tf': 'resource "aws_s3_bucket_acl" "b" {\n  bucket = "b"\n  acl    = "public-read"\n}\n',
  };
  const cache = new EvalCache();
  const run = (options: Parameters<typeof analyze>[2] = {}) => analyze(memoryHost(files), '.', { cache, today: '2026-11-22', ...options });
  const acl = (a: ReturnType<typeof analyze>, file: string) => a.findings.find((f) => f.ruleId === 'aws-s3-public-acl' && f.file === file);
  const first = run();
  files['b/main.tf'] = files['b/main.tf']!.replace('"public-read"', '"private"');
  const second = run();
  // a/ is untouched: the same finding object, not a re-run; b/ is re-run and its finding is gone
  assert.equal(acl(second, 'a/main.tf'), acl(first, 'a/main.tf'));
  assert.equal(acl(second, 'b/main.tf'), undefined);
  // anything else findings depend on recomputes them
  const off = run({ ruleSettings: { 'aws-s3-public-acl': { enabled: false } } });
  assert.equal(acl(off, 'a/main.tf'), undefined);
  const warning = run({ ruleSettings: { 'aws-s3-public-acl': { severity: 'warning' } } });
  assert.equal(acl(warning, 'a/main.tf')?.severity, 'warning');
  const later = run({ today: '2026-11-23' });
  assert.notEqual(acl(later, 'a/main.tf'), acl(first, 'a/main.tf'));
  assert.deepEqual(acl(later, 'a/main.tf'), acl(first, 'a/main.tf'));
  const noSavings = run({ savings: false });
  assert.notEqual(acl(noSavings, 'a/main.tf'), acl(later, 'a/main.tf'));
});

test('with a kept cache, findings and estimates equal a fresh analysis after every edit of a series (remembered checks and prices are never stale)', () => {
  const base: Record<string, string> = {
    'main.tf': [
      'variable "db_password" {\n  default = "hunter2hunter2"\n}\n',
      'module "storage" {\n  source = "./storage"\n  name   = "acme-logs"\n}\n',
      'module "guard" {\n  source = "./guard"\n}\n',
      'module "db" {\n  source = "./db"\n}\n',
      'module "edge" {\n  source = "./edge"\n  azs    = ["us-east-1a", "us-east-1b"]\n}\n',
      'resource "aws_eip" "spare" {\n  domain = "vpc"\n}\n',
      'resource "aws_nat_gateway" "main" {\n  allocation_id = aws_eip.spare.id\n  subnet_id     = "subnet-1"\n}\n',
    ].join('\n'),
    'storage/main.tf': [
      'variable "name" {\n  type = string\n}\n',
      'resource "aws_s3_bucket" "this" {\n  bucket = var.name\n}\n',
      'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
      'data "aws_iam_policy_document" "tls" {\n  statement {\n    effect    = "Deny"\n    actions   = ["s3:*"]\n    resources = ["${aws_s3_bucket.this.arn}/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "Bool"\n      variable = "aws:SecureTransport"\n      values   = ["false"]\n    }\n  }\n}\n',
      'resource "aws_s3_bucket_policy" "this" {\n  bucket = aws_s3_bucket.this.id\n  policy = data.aws_iam_policy_document.tls.json\n}\n',
    ].join('\n'),
    // an Aurora cluster whose engine prices the instance edge/ declares by the cluster's name
    'db/main.tf': 'resource "aws_rds_cluster" "main" {\n  cluster_identifier = "main"\n  engine             = "aurora-mysql"\n}\n',
    // another module guards the bucket by its name: its findings there depend on this module
    'guard/main.tf': 'resource "aws_s3_bucket_public_access_block" "logs" {\n  bucket                  = "acme-logs"\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n',
    'edge/main.tf': [
      'variable "azs" {\n  type = list(string)\n}\n',
      'resource "aws_eip" "nat" {\n  count  = length(var.azs)\n  domain = "vpc"\n}\n',
      'resource "aws_rds_cluster_instance" "one" {\n  cluster_identifier = "main"\n  instance_class     = "db.r6g.large"\n}\n',
      'resource "aws_security_group" "web" {\n  name        = "web"\n  description = "web"\n  ingress {\n    description = "https"\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
      'resource "aws_security_group_rule" "ssh" {\n  type              = "ingress"\n  security_group_id = aws_security_group.web.id\n  from_port         = 22\n  to_port           = 22\n  protocol          = "tcp"\n  cidr_blocks       = ["10.0.0.0/8"]\n}\n',
    ].join('\n'),
  };
  // edits a developer makes, one at a time, some of them undone later
  const edits: [file: string, from: string | RegExp, to: string][] = [
    ['db/main.tf', 'aurora-mysql', 'aurora-postgresql'],
    ['guard/main.tf', 'block_public_policy     = true', 'block_public_policy     = false'],
    ['guard/main.tf', '"acme-logs"', '"acme-other"'],
    ['guard/main.tf', '"acme-other"', '"acme-logs"'],
    ['main.tf', 'allocation_id = aws_eip.spare.id', 'allocation_id = "eipalloc-1"'],
    ['edge/main.tf', 'cidr_blocks = ["0.0.0.0/0"]', 'cidr_blocks = ["10.0.0.0/16"]'],
    ['storage/main.tf', 'status = "Enabled"', 'status = "Suspended"'],
    ['edge/main.tf', /resource "aws_security_group_rule" "ssh" \{[^}]*\}\n/, ''],
    ['storage/main.tf', /data "aws_iam_policy_document" "tls" \{[\s\S]*?\n\}\n/, ''],
    ['main.tf', 'name   = "acme-logs"', 'name   = "acme-logs-2"'],
    ['main.tf', '"us-east-1b"]', '"us-east-1b", "us-east-1c"]'],
    ['main.tf', 'default = "hunter2hunter2"', 'default = null'],
    ['edge/main.tf', 'resource "aws_eip" "nat" {', 'resource "aws_eip" "nat" {\n  # kensa:ignore aws-eip-unattached attached by the NAT module'],
    ['storage/main.tf', 'bucket = var.name\n}', 'bucket = var.name\n'],
    ['storage/main.tf', 'bucket = var.name\n', 'bucket = var.name\n}'],
    ['main.tf', /$/, '\nresource "aws_eip_association" "spare" {\n  allocation_id = aws_eip.spare.id\n  instance_id   = "i-1"\n}\n'],
  ];
  const examples = Object.fromEntries(
    ['main.tf', 'variables.tf', 'outputs.tf', 'versions.tf', 'terraform.tfvars', 'modules/network/main.tf'].map((p) => [`shop/${p}`, readFileSync(fromRoot('examples', p), 'utf8')]),
  );
  const files: Record<string, string> = { ...base, ...examples };
  const cache = new EvalCache();
  const options = { today: '2026-11-22', savings: false } as const;
  const compare = (step: string): void => {
    const kept = analyze(memoryHost(files), '.', { ...options, cache });
    const fresh = analyze(memoryHost(files), '.', options);
    assert.deepEqual(kept.findings, fresh.findings, `after ${step}`);
    // and the prices the editor keeps with the same cache
    assert.deepEqual(estimateAnalysis(kept, {}, cache), estimateAnalysis(fresh), `estimates after ${step}`);
  };
  compare('the first run');
  for (const [i, [file, from, to]] of edits.entries()) {
    const before = files[file]!;
    files[file] = before.replace(from, to);
    assert.notEqual(files[file], before, `edit ${i} changes ${file}`);
    compare(`edit ${i} of ${file}`);
  }
  // and the example project edited line by line: each line removed, then put back
  const lines = examples['shop/main.tf']!.split('\n');
  for (let i = 0; i < lines.length; i += 7) {
    files['shop/main.tf'] = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
    compare(`removing line ${i + 1} of shop/main.tf`);
  }
  files['shop/main.tf'] = examples['shop/main.tf']!;
  compare('shop/main.tf restored');
});

/** The reproducers that once overflowed the stack, each a root module of its own. */
const CRASH_REPRODUCERS: Record<string, string> = {
  'operators/main.tf': `locals {\n  s = ${Array(20_000).fill('1').join(' + ')}\n}\n`,
  'locals/main.tf': `locals {\n${Array.from({ length: 10_000 }, (_, i) => `  a${i} = local.a${i + 1}\n`).join('')}  a10000 = 1\n}\n`,
  'cycle/main.tf': `locals {\n${Array.from({ length: 1000 }, (_, i) => `  a${i} = local.a${(i + 1) % 1000}\n`).join('')}}\n`,
  'count/main.tf': 'resource "aws_sqs_queue" "q" {\n  count = 30000\n  name  = "q-${count.index}"\n}\n',
};
const HEALTHY = { 'healthy/main.tf': 'resource "aws_s3_bucket_acl" "a" {\n  bucket = "a"\n  acl    = "public-read"\n}\n' };

test('the crash reproducers are roots like any other: diagnostics where they apply, and the healthy root keeps its findings', () => {
  const analysis = analyze(memoryHost({ ...HEALTHY, ...CRASH_REPRODUCERS }), '.', { today: '2026-11-22', savings: false });
  assert.deepEqual(analysis.roots.map((r) => r.dir), ['count', 'cycle', 'healthy', 'locals', 'operators']);
  assert.deepEqual(
    analysis.findings.filter((f) => f.root === 'healthy').map((f) => `${f.ruleId} ${f.file}:${f.range.start.line + 1}`),
    ['aws-s3-public-acl healthy/main.tf:3'],
  );
  assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.range.start.line + 1} ${d.summary}`), ['cycle/main.tf:1001 Cycle in local values', 'operators/main.tf:2 Nesting too deep']);
  assert.equal(analysis.roots.find((r) => r.dir === 'count')!.evaluation.resources.length, 30_000);
});

test('a root that fails inside Kensa is one error naming it; the other roots are analyzed and priced', () => {
  const files = memoryHost({
    ...HEALTHY,
    'broken/main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
    'priced/main.tf': 'provider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_nat_gateway" "n" {\n  subnet_id     = "subnet-1"\n  allocation_id = "eipalloc-1"\n}\n',
    'vm/main.tf': 'provider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_instance" "web" {\n  ami           = "ami-1"\n  instance_type = "t3.micro"\n}\n',
  });
  // a host that fails (an editor buffer provider throwing) on one root's file once discovery has read it
  let reads = 0;
  const host = {
    ...files,
    readFile: (p: string) => {
      if (p === 'broken/main.tf' && ++reads > 1) throw new TypeError('the buffer is gone');
      return files.readFile(p);
    },
  };
  const analysis = analyze(host, '.', { today: '2026-11-22', savings: false });
  assert.deepEqual(analysis.roots.map((r) => r.dir), ['healthy', 'priced', 'vm']);
  const internal = analysis.diagnostics.filter((d) => d.code === 'kensa-internal');
  assert.deepEqual(internal.map((d) => `${d.file} ${d.severity} ${d.summary}`), ['broken error Internal error']);
  assert.match(internal[0]!.detail!, /^Kensa failed while evaluating the root module broken \(TypeError: the buffer is gone, at .+\), so it reports nothing for it; the other root modules are reported as usual\. This is a bug in Kensa; please report it at the issue tracker of the repository Kensa was installed from with this message, the Kensa version and, if you can, the smallest Terraform that shows it\.$/);
  assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'aws-s3-public-acl').map((f) => f.root), ['healthy']);
  // a catalogue that fails on the NAT gateway's prices fails that root's estimate, and the others are priced
  const catalogue = embeddedCatalogue();
  const failing: Catalogue = {
    ...catalogue,
    priceOf: (key, region) => {
      if (key.startsWith('vpc.nat-gateway')) throw new Error('catalogue bug');
      return catalogue.priceOf(key, region);
    },
  };
  const estimates = estimateAnalysis(analysis, { catalogue: failing });
  assert.deepEqual(estimates.map((e) => [e.dir, e.error?.summary ?? 'ok', e.estimate.totalMonthlyCost > 0]), [['healthy', 'ok', false], ['priced', 'Internal error', false], ['vm', 'ok', true]]);
  assert.match(estimates[1]!.error!.detail!, /^Kensa failed while pricing the root module priced \(Error: catalogue bug, /);
});
