/**
 * The engine from the user's side: suppressions in every supported dialect, unused, expired and
 * reason-less suppressions, severity overrides, categories, custom rules from kensa.jsonc,
 * findings that point at the origin of a value, and what a memo lets a re-run skip.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../config';
import { EvalCache, evaluateConfiguration, memoryHost } from '../terraform';
import { compileCustomRule } from './custom-rules';
import { PolicyMemo, runPolicy, type PolicyConfig } from './engine';
import type { Finding, Rule } from './rule';
import s3PublicAcl from './rules/aws/s3-public-acl';
import imdsv1 from './rules/aws/ec2-imdsv1-enabled';

function scan(files: Record<string, string>, rules: readonly Rule[] = [s3PublicAcl, imdsv1], config?: PolicyConfig, today = '2026-11-22'): string[] {
  const ev = evaluateConfiguration(memoryHost(files), '.', { defaultRegion: 'us-east-1' });
  return runPolicy(ev, { rules, today, ...(config ? { config } : {}) }).map(show);
}

function show(f: Finding): string {
  return `${f.file}:${f.range.start.line + 1} ${f.severity} ${f.ruleId}`;
}

const BUCKET = (comment = '', inner = '') => `${comment}
resource "aws_s3_bucket_acl" "a" {
  bucket = "a"
${inner}  acl    = "public-read"
}
`;

test('without suppressions the finding is reported', () => {
  assert.deepEqual(scan({ 'main.tf': BUCKET() }), ['main.tf:4 error aws-s3-public-acl']);
});

test('# kensa:ignore above the block or the attribute silences the rule there', () => {
  assert.deepEqual(scan({ 'main.tf': BUCKET('# kensa:ignore aws-s3-public-acl public website assets') }), []);
  assert.deepEqual(scan({ 'main.tf': BUCKET('', '  # kensa:ignore aws-s3-public-acl served to the world on purpose\n') }), []);
  // another rule's id does not silence it, and is reported as unused
  assert.deepEqual(scan({ 'main.tf': BUCKET('# kensa:ignore aws-ec2-imdsv1-enabled wrong rule') }), [
    'main.tf:4 error aws-s3-public-acl',
    'main.tf:1 warning kensa-unused-suppression',
  ]);
});

test('a suppression of a rule turned off for the run is not reported unused; a typo still is', () => {
  const off: PolicyConfig = { rules: { 'aws-s3-public-acl': { enabled: false } } };
  assert.deepEqual(scan({ 'main.tf': BUCKET('# kensa:ignore aws-s3-public-acl public website assets') }, undefined, off), []);
  assert.deepEqual(scan({ 'main.tf': BUCKET('# kensa:ignore aws-s3-public-alc public website assets') }, undefined, off), ['main.tf:1 warning kensa-unused-suppression']);
});

test('reason-less and expired suppressions are findings themselves', () => {
  assert.deepEqual(scan({ 'main.tf': BUCKET('# kensa:ignore aws-s3-public-acl') }), ['main.tf:1 warning kensa-suppression-without-reason']);
  assert.deepEqual(scan({ 'main.tf': BUCKET('# kensa:ignore aws-s3-public-acl launch week until=2026-10-01') }), [
    'main.tf:4 error aws-s3-public-acl',
    'main.tf:1 warning kensa-expired-suppression',
  ]);
  assert.deepEqual(scan({ 'main.tf': BUCKET('# kensa:ignore aws-s3-public-acl launch week until=2026-12-31') }), []);
});

test('checkov, trivy and tfsec suppressions map through the rule equivalents', () => {
  assert.deepEqual(scan({ 'main.tf': BUCKET('', '  #checkov:skip=CKV_AWS_20:public assets\n') }), []);
  assert.deepEqual(scan({ 'main.tf': BUCKET('#trivy:ignore:AVD-AWS-0092') }), []);
  assert.deepEqual(scan({ 'main.tf': BUCKET('#tfsec:ignore:aws-s3-no-public-access-with-acl') }), []);
  assert.deepEqual(scan({ 'main.tf': BUCKET('#trivy:ignore:aws-s3-no-public-access-with-acl') }), []);
  assert.deepEqual(scan({ 'main.tf': BUCKET('#trivy:ignore:avd-aws-0092') }), []);
  assert.deepEqual(scan({ 'main.tf': BUCKET('#checkov:skip=CKV_AWS_999:unrelated') }), ['main.tf:4 error aws-s3-public-acl']);
});

test('a suppression above a module block covers everything the module creates', () => {
  const files = {
    'main.tf': '# kensa:ignore aws-s3-public-acl the website module is public by design\nmodule "site" {\n  source = "./site"\n}\n\nmodule "other" {\n  source = "./site"\n}\n',
    'site/main.tf': BUCKET(),
  };
  assert.deepEqual(scan(files), ['site/main.tf:4 error aws-s3-public-acl']);
});

test('settings: rules off, severity overrides, categories off', () => {
  const files = { 'main.tf': BUCKET() + 'resource "aws_instance" "web" {\n  ami = "ami-1"\n}\n' };
  assert.deepEqual(scan(files), ['main.tf:4 error aws-s3-public-acl', 'main.tf:6 error aws-ec2-imdsv1-enabled']);
  assert.deepEqual(scan(files, undefined, { rules: { 'aws-s3-public-acl': { enabled: false } } }), ['main.tf:6 error aws-ec2-imdsv1-enabled']);
  assert.deepEqual(scan(files, undefined, { rules: { 'aws-ec2-imdsv1-enabled': { severity: 'warning' } } }), ['main.tf:4 error aws-s3-public-acl', 'main.tf:6 warning aws-ec2-imdsv1-enabled']);
  assert.deepEqual(scan(files, undefined, { categories: { security: false }, rules: { 'aws-ec2-imdsv1-enabled': { enabled: true } } }), ['main.tf:6 error aws-ec2-imdsv1-enabled']);
});

test('a value from a variable: the finding points at the attribute, related locations at the variable and tfvars line, no fix', () => {
  const ev = evaluateConfiguration(
    memoryHost({
      'main.tf': 'variable "acl" {\n  type = string\n}\n\nresource "aws_s3_bucket_acl" "a" {\n  bucket = "a"\n  acl    = var.acl\n}\n',
      'terraform.tfvars': 'acl = "public-read"\n',
    }),
    '.',
  );
  const [f] = runPolicy(ev, { rules: [s3PublicAcl], today: '2026-11-22' });
  assert.ok(f);
  assert.deepEqual([f.file, f.range.start.line + 1, f.range.start.column + 1], ['main.tf', 7, 3]);
  assert.deepEqual(
    f.related.map((r) => `${r.file}:${r.range.start.line + 1}: ${r.message}`),
    ['main.tf:1: the variable is declared here', 'terraform.tfvars:1: the value is set in terraform.tfvars'],
  );
  assert.deepEqual(f.fixes, []);
});

/** Findings as `rule address file:line`: a finding belongs to a resource instance. */
function scanInstances(files: Record<string, string>, rules: readonly Rule[] = [s3PublicAcl, imdsv1]): string[] {
  const ev = evaluateConfiguration(memoryHost(files), '.', { defaultRegion: 'us-east-1' });
  return runPolicy(ev, { rules, today: '2026-11-22' }).map((f) => `${f.ruleId} ${f.resourceAddress} ${f.file}:${f.range.start.line + 1}`);
}

const PUBLIC_BUCKET = 'resource "aws_s3_bucket_acl" "this" {\n  bucket = "b"\n  acl    = "public-read"\n}\n';

test('a finding per resource instance: count = 2, for_each over two keys, two calls of one module', () => {
  assert.deepEqual(scanInstances({ 'main.tf': 'resource "aws_instance" "web" {\n  count = 2\n  ami   = "ami-1"\n}\n' }), [
    'aws-ec2-imdsv1-enabled aws_instance.web[0] main.tf:1',
    'aws-ec2-imdsv1-enabled aws_instance.web[1] main.tf:1',
  ]);
  assert.deepEqual(scanInstances({ 'main.tf': 'resource "aws_s3_bucket_acl" "site" {\n  for_each = toset(["blue", "green"])\n  bucket   = each.key\n  acl      = "public-read"\n}\n' }), [
    'aws-s3-public-acl aws_s3_bucket_acl.site["blue"] main.tf:4',
    'aws-s3-public-acl aws_s3_bucket_acl.site["green"] main.tf:4',
  ]);
  assert.deepEqual(scanInstances({ 'main.tf': 'module "old" {\n  source = "./bucket"\n}\n\nmodule "new" {\n  source = "./bucket"\n}\n', 'bucket/main.tf': PUBLIC_BUCKET }), [
    'aws-s3-public-acl module.old.aws_s3_bucket_acl.this bucket/main.tf:3',
    'aws-s3-public-acl module.new.aws_s3_bucket_acl.this bucket/main.tf:3',
  ]);
});

test('suppressions cover every instance of the block or module call they are above; an unused one is reported once', () => {
  assert.deepEqual(scanInstances({ 'main.tf': '# kensa:ignore aws-ec2-imdsv1-enabled legacy fleet, replaced in Q3\nresource "aws_instance" "web" {\n  count = 2\n  ami   = "ami-1"\n}\n' }), []);
  assert.deepEqual(
    scanInstances({ 'main.tf': '# kensa:ignore aws-s3-public-acl public websites\nmodule "site" {\n  source   = "./bucket"\n  for_each = toset(["a", "b"])\n}\n', 'bucket/main.tf': PUBLIC_BUCKET }),
    [],
  );
  // inside a module called twice, a suppression that matches nothing is one finding, not one per call
  assert.deepEqual(
    scanInstances({
      'main.tf': 'module "old" {\n  source = "./bucket"\n}\n\nmodule "new" {\n  source = "./bucket"\n}\n',
      'bucket/main.tf': '# kensa:ignore aws-ec2-imdsv1-enabled no instance here\n' + PUBLIC_BUCKET,
    }),
    ['aws-s3-public-acl module.old.aws_s3_bucket_acl.this bucket/main.tf:4', 'aws-s3-public-acl module.new.aws_s3_bucket_acl.this bucket/main.tf:4', 'kensa-unused-suppression  bucket/main.tf:1'],
  );
  // used by one call's instance: not unused
  assert.deepEqual(
    scanInstances({
      'main.tf': 'module "old" {\n  source = "./bucket"\n  acl    = "public-read"\n}\n\nmodule "new" {\n  source = "./bucket"\n  acl    = "private"\n}\n',
      'bucket/main.tf': 'variable "acl" {\n  type = string\n}\n\n# kensa:ignore aws-s3-public-acl the old site is public until it is retired\nresource "aws_s3_bucket_acl" "this" {\n  bucket = "b"\n  acl    = var.acl\n}\n',
    }),
    [],
  );
});

test('custom rules from kensa.jsonc: operators, and/or/not, unknowns undecided', () => {
  const { config, diagnostics } = parseConfig(
    `{
      "customRules": [
        {
          "id": "acme-bucket-owner-tag",
          "title": "Buckets carry an Owner tag",
          "severity": "warning",
          "resource": "aws_s3_bucket",
          "message": "Tag the bucket with its Owner team.",
          "assert": { "attribute": "tags.Owner", "exists": true }
        },
        {
          "id": "acme-instance-families",
          "resource": ["aws_instance"],
          "severity": "error",
          "message": "Use an approved instance family.",
          "assert": { "or": [ { "attribute": "instance_type", "matches": "^(t4g|m7g)\\\\." }, { "not": { "attribute": "instance_type", "exists": true } } ] }
        },
        {
          "id": "acme-volume-size",
          "resource": "aws_ebs_volume",
          "message": "Volumes between 8 and 500 GB.",
          "assert": { "and": [ { "attribute": "size", "greaterThan": 7 }, { "attribute": "size", "lessThan": 501 }, { "attribute": "type", "in": ["gp3", "io2"] } ] }
        }
      ]
    }`,
    'kensa.jsonc',
  );
  assert.deepEqual(diagnostics, []);
  const rules = config.customRules.map(compileCustomRule);
  const files = {
    'main.tf': `
data "aws_ami" "x" {}
resource "aws_s3_bucket" "tagged" {
  tags = { Owner = "payments" }
}
resource "aws_s3_bucket" "untagged" {
  tags = { Team = "payments" }
}
resource "aws_instance" "ok" {
  instance_type = "t4g.small"
}
resource "aws_instance" "bad" {
  instance_type = "m5.large"
}
resource "aws_instance" "unknown" {
  instance_type = data.aws_ami.x.id
}
resource "aws_ebs_volume" "big" {
  size = 900
  type = "gp3"
}
resource "aws_ebs_volume" "fine" {
  size = 100
  type = "gp3"
}
`,
  };
  assert.deepEqual(scan(files, rules), ['main.tf:6 warning acme-bucket-owner-tag', 'main.tf:13 error acme-instance-families', 'main.tf:19 warning acme-volume-size']);
});

test("custom rules' matches is RE2: a catastrophic pattern matches in linear time, RE2 syntax works, a rejected pattern is a diagnostic", { timeout: 20_000 }, () => {
  // (a+)+$ against 60 a's and a "!" backtracks for longer than the test's lifetime in a JS RegExp
  const { config, diagnostics } = parseConfig(
    `{
      "customRules": [
        { "id": "acme-name-catastrophic", "resource": "aws_s3_bucket", "message": "m", "assert": { "not": { "attribute": "bucket", "matches": "^(a+)+$" } } },
        { "id": "acme-name-re2", "resource": "aws_s3_bucket", "message": "m", "assert": { "attribute": "bucket", "matches": "(?i)^\\\\pL+-(?P<env>prod|dev)!?$" } },
        { "id": "acme-name-lookahead", "resource": "aws_s3_bucket", "message": "m", "assert": { "attribute": "bucket", "matches": "(?=a)a" } }
      ]
    }`,
    'kensa.jsonc',
  );
  assert.deepEqual(
    diagnostics.map((d) => [d.summary, d.detail]),
    [['Invalid condition', '"matches" is not a valid RE2 regular expression (invalid or unsupported Perl syntax in (?=): (?=a)a.']],
  );
  const rules = config.customRules.map(compileCustomRule);
  const files = {
    'main.tf': `
resource "aws_s3_bucket" "long" {
  bucket = "${'a'.repeat(60)}!"
}
resource "aws_s3_bucket" "all_a" {
  bucket = "aaaa"
}
resource "aws_s3_bucket" "named" {
  bucket = "Logs-PROD"
}
`,
  };
  // the long name does not match (a+)+$ (no finding) nor the RE2 pattern; "aaaa" matches (a+)+$; "Logs-PROD" matches (?i)
  assert.deepEqual(scan(files, rules), ['main.tf:3 warning acme-name-re2', 'main.tf:6 warning acme-name-catastrophic', 'main.tf:6 warning acme-name-re2']);
});

test('with a memo, a run re-checks only the instances the evaluator re-evaluated, and the checks that read their types', () => {
  const calls = { own: 0, topics: 0, everything: 0 };
  const probe = (id: string, kind: keyof typeof calls, message: (r: Parameters<Rule['check']>[0]) => string): Rule => ({
    id,
    title: id,
    severity: 'warning',
    category: 'governance',
    targets: ['aws_s3_bucket'],
    docs: { why: 'a test', fix: 'a test', links: [] },
    check(ctx) {
      calls[kind]++;
      ctx.report({ at: ctx.resource, message: message(ctx) });
    },
  });
  const rules = [
    probe('test-own', 'own', (c) => `bucket ${String((c.resource.attr('bucket')?.value as { value?: string }).value)}`),
    probe('test-topics', 'topics', (c) => `${c.graph.ofType('aws_sns_topic').length} topics`),
    probe('test-everything', 'everything', (c) => `${c.graph.resources.length} resources`),
  ];
  const files: Record<string, string> = {
    'main.tf': 'module "store" {\n  source = "./store"\n}\n\nmodule "alerts" {\n  source = "./alerts"\n}\n',
    'store/main.tf': 'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
    'alerts/main.tf': 'resource "aws_sns_topic" "one" {\n  name = "one"\n}\n',
  };
  const cache = new EvalCache();
  const memo = new PolicyMemo();
  const run = (): { messages: string[]; calls: typeof calls; same: boolean } => {
    for (const k of Object.keys(calls) as (keyof typeof calls)[]) calls[k] = 0;
    const ev = evaluateConfiguration(memoryHost(files), '.', { cache });
    // new rule objects every run, as custom rules compiled from kensa.jsonc are: remembered by id
    const findings = runPolicy(ev, { rules: rules.map((r) => ({ ...r })), today: '2026-11-22', memo });
    const seen = { ...calls };
    const fresh = runPolicy(evaluateConfiguration(memoryHost(files), '.'), { rules, today: '2026-11-22' });
    return { messages: findings.map((f) => `${f.resourceAddress}: ${f.message}`), calls: seen, same: JSON.stringify(findings) === JSON.stringify(fresh) };
  };

  const first = run();
  assert.deepEqual(first.calls, { own: 2, topics: 2, everything: 2 });
  assert.equal(memo.checkedLastRun, 6);
  assert.ok(first.same);

  // nothing changed: nothing runs
  assert.deepEqual(run().calls, { own: 0, topics: 0, everything: 0 });

  // a topic added in another module: the buckets are the same instances, but two checks read what changed
  files['alerts/main.tf'] += '\nresource "aws_sns_topic" "two" {\n  name = "two"\n}\n';
  const added = run();
  assert.deepEqual(added.calls, { own: 0, topics: 2, everything: 2 });
  assert.ok(added.messages.includes('module.store.aws_s3_bucket.a: 2 topics'));
  assert.ok(added.messages.includes('module.store.aws_s3_bucket.b: 4 resources'));
  assert.ok(added.same);

  // the buckets' module edited: their instances are new, so all their checks run
  files['store/main.tf'] = files['store/main.tf']!.replace('bucket = "b"', 'bucket = "b2"');
  const edited = run();
  assert.deepEqual(edited.calls, { own: 2, topics: 2, everything: 2 });
  assert.ok(edited.messages.includes('module.store.aws_s3_bucket.b: bucket b2'));
  assert.ok(edited.same);

  // the root's own file edited without changing what the modules get: the modules' instances are kept
  files['main.tf'] = `# the modules of this configuration\n${files['main.tf']}`;
  const comment = run();
  assert.deepEqual(comment.calls, { own: 0, topics: 0, everything: 0 });
  assert.ok(comment.same);
});

test('with a memo, per-instance findings equal a fresh run after a module call and a count instance are added', () => {
  const files: Record<string, string> = {
    'main.tf': 'module "old" {\n  source = "./bucket"\n}\n\nresource "aws_instance" "web" {\n  count = 1\n  ami   = "ami-1"\n}\n',
    'bucket/main.tf': PUBLIC_BUCKET,
  };
  const cache = new EvalCache();
  const memo = new PolicyMemo();
  const run = (): { kept: string[]; fresh: string[] } => {
    const kept = runPolicy(evaluateConfiguration(memoryHost(files), '.', { cache }), { rules: [s3PublicAcl, imdsv1], today: '2026-11-22', memo });
    const fresh = runPolicy(evaluateConfiguration(memoryHost(files), '.'), { rules: [s3PublicAcl, imdsv1], today: '2026-11-22' });
    const show = (fs: Finding[]): string[] => fs.map((f) => `${f.ruleId} ${f.resourceAddress} ${f.file}:${f.range.start.line + 1}`);
    return { kept: show(kept), fresh: show(fresh) };
  };
  const first = run();
  assert.deepEqual(first.kept, ['aws-ec2-imdsv1-enabled aws_instance.web[0] main.tf:5', 'aws-s3-public-acl module.old.aws_s3_bucket_acl.this bucket/main.tf:3']);
  assert.deepEqual(first.kept, first.fresh);

  files['main.tf'] = files['main.tf']!.replace('count = 1', 'count = 2') + '\nmodule "new" {\n  source = "./bucket"\n}\n';
  const second = run();
  assert.deepEqual(second.kept, [
    'aws-ec2-imdsv1-enabled aws_instance.web[0] main.tf:5',
    'aws-ec2-imdsv1-enabled aws_instance.web[1] main.tf:5',
    'aws-s3-public-acl module.old.aws_s3_bucket_acl.this bucket/main.tf:3',
    'aws-s3-public-acl module.new.aws_s3_bucket_acl.this bucket/main.tf:3',
  ]);
  assert.deepEqual(second.kept, second.fresh);
  assert.ok(memo.checkedLastRun < 4, `the old module's check is remembered (${memo.checkedLastRun} run)`);
});
