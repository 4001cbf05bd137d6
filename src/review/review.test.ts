import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, estimateAnalysis } from '../engine';
import type { Finding } from '../policy';
import { memoryHost } from '../terraform';
import { moveAddress, normalizeMessage, reviewAnalyses, reviewMarkdown, type Move, type Review, type ReviewSide } from './index';

function side(files: Record<string, string>): ReviewSide {
  const analysis = analyze(memoryHost(files), '.', { today: '2025-01-01' });
  return { roots: analysis.roots, findings: analysis.findings, estimates: estimateAnalysis(analysis) };
}

const move = (from: string, to: string): Move => ({ from, to, file: 'main.tf', line: 1 });

test('moveAddress: a resource, its instances, a module and everything in it; chains; no prefix confusion', () => {
  const moves = [move('aws_instance.a', 'aws_instance.b'), move('module.old', 'module.new'), move('aws_instance.b', 'aws_instance.c'), move('aws_s3_bucket.x[0]', 'aws_s3_bucket.y')];
  assert.equal(moveAddress('aws_instance.a', moves), 'aws_instance.c');
  assert.equal(moveAddress('aws_instance.a[2]', moves), 'aws_instance.c[2]');
  assert.equal(moveAddress('aws_instance.ab', moves), 'aws_instance.ab');
  assert.equal(moveAddress('module.old.aws_instance.a', moves), 'module.new.aws_instance.a');
  assert.equal(moveAddress('module.old["eu"].aws_instance.a', moves), 'module.new["eu"].aws_instance.a');
  assert.equal(moveAddress('module.older.aws_instance.a', moves), 'module.older.aws_instance.a');
  assert.equal(moveAddress('aws_s3_bucket.x[0]', moves), 'aws_s3_bucket.y');
  assert.equal(moveAddress('aws_s3_bucket.x[1]', moves), 'aws_s3_bucket.x[1]');
  // a cycle ends instead of looping
  assert.ok(['aws_instance.p', 'aws_instance.q'].includes(moveAddress('aws_instance.p', [move('aws_instance.p', 'aws_instance.q'), move('aws_instance.q', 'aws_instance.p')])));
});

test('normalizeMessage ignores line numbers and positions only', () => {
  assert.equal(normalizeMessage('set on line 12 of main.tf'), normalizeMessage('set on line 40 of main.tf'));
  assert.equal(normalizeMessage('see variables.tf:3:5'), normalizeMessage('see variables.tf:9:1'));
  assert.notEqual(normalizeMessage('size is 100 GB'), normalizeMessage('size is 200 GB'));
});

const PROVIDER = 'provider "aws" {\n  region = "us-east-1"\n}\n';
const INSTANCE = (name: string) => `resource "aws_instance" "${name}" {\n  ami           = "ami-123"\n  instance_type = "t3.micro"\n}\n`;
const VOLUME = (size: number, type: string) => `resource "aws_ebs_volume" "data" {\n  availability_zone = "us-east-1a"\n  size              = ${size}\n  type              = "${type}"\n}\n`;

test('reviewAnalyses: a finding that moved lines or followed a moved block is unchanged; cost per resource with totals', () => {
  const base = side({ 'main.tf': PROVIDER + INSTANCE('old') + VOLUME(100, 'gp2') });
  const head = side({
    // blank lines push everything down; the instance is renamed with a moved block
    'main.tf': PROVIDER + '\n\n\n' + INSTANCE('web') + 'moved {\n  from = aws_instance.old\n  to   = aws_instance.web\n}\n' + VOLUME(200, 'gp3') + 'resource "aws_nat_gateway" "new" {\n  allocation_id = "eipalloc-1"\n  subnet_id     = "subnet-1"\n}\n',
  });
  const review = reviewAnalyses(base, head);
  assert.deepEqual(review.moves, [{ from: 'aws_instance.old', to: 'aws_instance.web', file: 'main.tf', line: 11 }]);
  // every instance finding of the base is still there, at other lines and under the new address
  const instanceFindings = base.findings.filter((f) => f.resourceAddress === 'aws_instance.old');
  assert.ok(instanceFindings.length > 0);
  assert.ok(review.findings.new.every((f) => f.resourceAddress !== 'aws_instance.web'), JSON.stringify(review.findings.new.map((f) => f.ruleId)));
  assert.ok(review.findings.fixed.every((f) => f.resourceAddress !== 'aws_instance.old'));
  assert.deepEqual(review.findings.fixed.map((f) => f.ruleId), ['aws-ebs-volume-gp2']);
  assert.equal(review.findings.unchanged.length + review.findings.new.length, head.findings.length);
  assert.equal(review.findings.unchanged.length + review.findings.fixed.length, base.findings.length);

  assert.deepEqual(
    review.cost.resources.map((r) => [r.address, r.previousAddress, r.change, r.before, r.after, r.delta]),
    [
      ['aws_ebs_volume.data', undefined, 'changed', 10, 16, 6],
      ['aws_instance.web', 'aws_instance.old', 'moved', 8.39, 8.39, 0],
      ['aws_nat_gateway.new', undefined, 'added', 0, 32.85, 32.85],
    ],
  );
  assert.equal(review.cost.before, 18.39);
  assert.equal(review.cost.after, 57.24);
  assert.equal(review.cost.delta, 38.85);
  assert.equal(review.cost.deltaPercent, 211.3);
  assert.deepEqual(review.cost.modules, [{ root: '.', module: '', before: 18.39, after: 57.24, delta: 38.85, unknownResources: 0 }]);
});

test('reviewAnalyses: a removed resource costs 0 after; the same finding twice matches as a multiset', () => {
  const base = side({ 'main.tf': PROVIDER + VOLUME(100, 'gp2') + 'resource "aws_nat_gateway" "gone" {\n  allocation_id = "a"\n  subnet_id     = "s"\n}\n' });
  const head = side({ 'main.tf': PROVIDER + VOLUME(100, 'gp2') });
  const review = reviewAnalyses(base, head);
  assert.deepEqual(review.cost.resources.map((r) => [r.address, r.change, r.before, r.after, r.delta]), [['aws_nat_gateway.gone', 'removed', 32.85, 0, -32.85]]);
  assert.equal(review.cost.deltaPercent, -76.7);

  const f = base.findings[0]!;
  const twice = reviewAnalyses({ ...base, findings: [f, f] }, { ...head, findings: [f, f, f] });
  assert.equal(twice.findings.unchanged.length, 2);
  assert.equal(twice.findings.new.length, 1);
  assert.equal(twice.findings.fixed.length, 0);
});

test('reviewAnalyses: same resource address in two root modules are told apart', () => {
  const files = (size: number): Record<string, string> => ({ 'a/main.tf': PROVIDER + VOLUME(100, 'gp3'), 'b/main.tf': PROVIDER + VOLUME(size, 'gp3') });
  const review = reviewAnalyses(side(files(100)), side(files(300)));
  assert.deepEqual(review.cost.resources.map((r) => [r.root, r.address, r.delta]), [['b', 'aws_ebs_volume.data', 16]]);
});

test('reviewAnalyses: from nothing, the percentage is null', () => {
  const review = reviewAnalyses(side({}), side({ 'main.tf': PROVIDER + VOLUME(100, 'gp3') }));
  assert.equal(review.cost.before, 0);
  assert.equal(review.cost.after, 8);
  assert.equal(review.cost.deltaPercent, null);
});

test('reviewMarkdown: headline, and a review too long for GitHub is cut to the limit with a note', () => {
  const finding: Finding = {
    ruleId: 'aws-test-rule',
    severity: 'error',
    category: 'security',
    message: 'x'.repeat(300),
    file: 'main.tf',
    range: { start: { offset: 0, line: 0, column: 0 }, end: { offset: 1, line: 0, column: 1 } },
    related: [],
    resourceAddress: 'aws_s3_bucket.b',
    fixes: [],
  };
  const many: Review = {
    // 2000 places (a row each: the instances of one place share a row)
    findings: { new: Array.from({ length: 2000 }, (_, i) => ({ ...finding, range: { start: { offset: i * 10, line: i, column: 0 }, end: { offset: i * 10 + 1, line: i, column: 1 } } })), fixed: [finding], unchanged: [] },
    cost: { currency: 'USD', pricesAsOf: '2024-07-18', before: 100, after: 150, delta: 50, deltaPercent: 50, resources: [], unknownResources: 0, modules: [] },
    moves: [],
  };
  const md = reviewMarkdown(many, { base: '`main` (abc1234)', head: '`feature` (working tree)' });
  assert.ok(md.length <= 65536, String(md.length));
  assert.match(md, /^\*\*Monthly cost will increase by \$50\.00 \(\+50%\)\*\* \(\$100\.00 → \$150\.00 per month\)$/m);
  assert.match(md, /^\*\*2000 new findings, 1 fixed\*\*$/m);
  assert.match(md, /…and \d+ more findings not shown to keep this comment within GitHub's limit/);
  assert.match(md, /<\/details>\n\n<sub>Prices as of 2024-07-18/);
  const small = reviewMarkdown({ ...many, findings: { new: [], fixed: [], unchanged: [] }, cost: { ...many.cost, after: 80, delta: -20, deltaPercent: -20 } }, { base: 'b', head: 'h' });
  assert.match(small, /^\*\*Monthly cost will decrease by \$20\.00 \(−20%\)\*\*/m);
  assert.match(small, /^\*\*0 new findings, 0 fixed\*\*$/m);
  assert.doesNotMatch(small, /…and/);
});

/** A review's findings as `rule address file:line`. */
const listed = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.ruleId} ${f.resourceAddress} ${f.file}:${f.range.start.line + 1}`);

const PUBLIC_BUCKET = 'resource "aws_s3_bucket_acl" "this" {\n  bucket = "b"\n  acl    = "public-read"\n}\n';
const CALL = (name: string, extra = '') => `module "${name}" {\n  source = "./bucket"\n${extra}}\n`;

test('reviewAnalyses per instance: a second call of a module with a public bucket is one new finding; removing one of two is one fixed', () => {
  const one = side({ 'main.tf': PROVIDER + CALL('old'), 'bucket/main.tf': PUBLIC_BUCKET });
  const two = side({ 'main.tf': PROVIDER + CALL('old') + CALL('new'), 'bucket/main.tf': PUBLIC_BUCKET });
  const added = reviewAnalyses(one, two);
  assert.deepEqual(listed(added.findings.new.filter((f) => f.ruleId === 'aws-s3-public-acl')), ['aws-s3-public-acl module.new.aws_s3_bucket_acl.this bucket/main.tf:3']);
  // every rule's finding on the new call is new, once, and nothing of the old call changed
  assert.ok(added.findings.new.length > 0 && added.findings.new.every((f) => f.resourceAddress.startsWith('module.new.')), JSON.stringify(listed(added.findings.new)));
  assert.equal(added.findings.new.length, two.findings.length - one.findings.length);
  assert.deepEqual(added.findings.fixed, []);
  assert.match(reviewMarkdown(added, { base: 'b', head: 'h' }), /^\*\*1 new finding, 0 fixed\*\* \(1 unchanged\)$/m);

  const removed = reviewAnalyses(two, one);
  assert.deepEqual(listed(removed.findings.fixed.filter((f) => f.ruleId === 'aws-s3-public-acl')), ['aws-s3-public-acl module.new.aws_s3_bucket_acl.this bucket/main.tf:3']);
  assert.deepEqual(removed.findings.new, []);

  // count 2 -> 1: the second instance's finding is fixed, the first's unchanged
  const web = (n: number) => side({ 'main.tf': PROVIDER + `resource "aws_instance" "web" {\n  count         = ${n}\n  ami           = "ami-123"\n  instance_type = "t3.micro"\n}\n` });
  const shrunk = reviewAnalyses(web(2), web(1));
  assert.ok(shrunk.findings.fixed.length > 0);
  assert.ok(shrunk.findings.fixed.every((f) => f.resourceAddress === 'aws_instance.web[1]'), JSON.stringify(listed(shrunk.findings.fixed)));
  assert.ok(shrunk.findings.fixed.some((f) => f.ruleId === 'aws-ec2-imdsv1-enabled'));
  assert.ok(shrunk.findings.unchanged.every((f) => f.resourceAddress === 'aws_instance.web[0]'));
  assert.deepEqual(shrunk.findings.new, []);
});

test('reviewAnalyses per instance: moved blocks (chains, for_each instances) keep every instance finding unchanged', () => {
  const each = '  for_each = toset(["blue", "green"])\n';
  const base = side({ 'main.tf': PROVIDER + CALL('a', each), 'bucket/main.tf': PUBLIC_BUCKET });
  const head = side({
    'main.tf': PROVIDER + CALL('c', each) + 'moved {\n  from = module.a\n  to   = module.b\n}\n\nmoved {\n  from = module.b\n  to   = module.c\n}\n',
    'bucket/main.tf': PUBLIC_BUCKET,
  });
  assert.deepEqual(listed(head.findings.filter((f) => f.ruleId === 'aws-s3-public-acl')), [
    'aws-s3-public-acl module.c["blue"].aws_s3_bucket_acl.this bucket/main.tf:3',
    'aws-s3-public-acl module.c["green"].aws_s3_bucket_acl.this bucket/main.tf:3',
  ]);
  const review = reviewAnalyses(base, head);
  assert.deepEqual(review.findings.new, []);
  assert.deepEqual(review.findings.fixed, []);
  assert.equal(review.findings.unchanged.length, head.findings.length);

  // one of the two keys dropped in the same change: exactly its findings are fixed
  const fewer = side({ 'main.tf': PROVIDER + CALL('c', '  for_each = toset(["blue"])\n') + 'moved {\n  from = module.a\n  to   = module.c\n}\n', 'bucket/main.tf': PUBLIC_BUCKET });
  const dropped = reviewAnalyses(base, fewer);
  assert.deepEqual(listed(dropped.findings.fixed.filter((f) => f.ruleId === 'aws-s3-public-acl')), ['aws-s3-public-acl module.a["green"].aws_s3_bucket_acl.this bucket/main.tf:3']);
  assert.ok(dropped.findings.fixed.every((f) => f.resourceAddress.startsWith('module.a["green"].')));
  assert.deepEqual(dropped.findings.new, []);
});

test('reviewMarkdown: the new findings of one place are one row naming the instances', () => {
  const review = reviewAnalyses(side({ 'main.tf': PROVIDER }), side({ 'main.tf': PROVIDER + CALL('old') + CALL('new'), 'bucket/main.tf': PUBLIC_BUCKET }));
  const md = reviewMarkdown(review, { base: 'b', head: 'h' });
  const rows = md.split('\n').filter((l) => l.includes('`aws-s3-public-acl`'));
  assert.deepEqual(rows, ['| 🔴 | `aws-s3-public-acl` | `bucket/main.tf:3` | `module.old.aws_s3_bucket_acl.this`, `module.new.aws_s3_bucket_acl.this` | The "public-read" ACL makes this bucket\'s objects readable by anyone. |']);
  assert.match(md, new RegExp(`^\\*\\*${review.findings.new.length} new findings, 0 fixed\\*\\*$`, 'm'));
  assert.equal(review.findings.new.filter((f) => f.ruleId === 'aws-s3-public-acl').length, 2);
});

const UNKNOWN_TYPE = 'variable "type" {\n  type = string\n}\nresource "aws_instance" "app" {\n  ami           = "ami-123"\n  instance_type = var.type\n}\n';

test('reviewAnalyses: a resource whose cost becomes unknown is a change, never $0; the headline counts it', () => {
  const base = side({ 'main.tf': PROVIDER + INSTANCE('app') });
  const head = side({ 'main.tf': PROVIDER + UNKNOWN_TYPE });
  const review = reviewAnalyses(base, head);
  const rows = review.cost.resources.map((r) => [r.address, r.change, r.before, r.after, r.unknownBefore, r.unknownAfter]);
  assert.deepEqual(rows, [['aws_instance.app', 'changed', 8.39, 0.8, null, 'Instance usage: instance_type is unknown because var.type has no value']]);
  assert.equal(review.cost.unknownResources, 1);
  const md = reviewMarkdown(review, { base: 'b', head: 'h' });
  assert.match(md, /^\*\*Known monthly cost will decrease by \$7\.59 \(−90\.5%\); 1 changed resource has an unknown cost\*\*/m);
  assert.match(md, /\| `aws_instance\.app` \| \$8\.39 \| \$0\.80 \+ unknown \| −\$7\.59 \+ unknown \| unknown: /);
});

test('reviewAnalyses: an added resource of unknown cost is listed; "will not change" only when nothing unknown changed', () => {
  const review = reviewAnalyses(side({ 'main.tf': PROVIDER }), side({ 'main.tf': PROVIDER + 'resource "aws_nat_gateway" "n" {\n  count         = length(var.zones)\n  allocation_id = "a"\n  subnet_id     = "s"\n}\nvariable "zones" {\n  type = list(string)\n}\n' }));
  assert.deepEqual(review.cost.resources.map((r) => [r.address, r.change, r.before, r.after, r.delta]), [['aws_nat_gateway.n[*]', 'added', 0, null, null]]);
  assert.equal(review.cost.delta, 0);
  assert.equal(review.cost.unknownResources, 1);
  assert.deepEqual(review.cost.modules, [{ root: '.', module: '', before: 0, after: 0, delta: 0, unknownResources: 1 }]);
  assert.match(reviewMarkdown(review, { base: 'b', head: 'h' }), /^\*\*Known monthly cost will not change; 1 changed resource has an unknown cost\*\*/m);
  // the same unknown on both sides, nothing else changed: no row, and the plain headline
  const same = side({ 'main.tf': PROVIDER + UNKNOWN_TYPE });
  const unchanged = reviewAnalyses(same, side({ 'main.tf': PROVIDER + UNKNOWN_TYPE }));
  assert.deepEqual(unchanged.cost.resources, []);
  assert.match(reviewMarkdown(unchanged, { base: 'b', head: 'h' }), /^\*\*Monthly cost will not change\*\*/m);
});

test('a shared module called by two root modules: each root has its own findings, and a branch making the second root public is one new finding', () => {
  const bucket = 'variable "acl" {\n  type = string\n}\nresource "aws_s3_bucket_acl" "this" {\n  bucket = "b"\n  acl    = var.acl\n}\n';
  const files = (stagingAcl: string): Record<string, string> => ({
    'modules/bucket/main.tf': bucket,
    'envs/prod/main.tf': PROVIDER + 'module "assets" {\n  source = "../../modules/bucket"\n  acl    = "public-read"\n}\n',
    'envs/staging/main.tf': PROVIDER + `module "assets" {\n  source = "../../modules/bucket"\n  acl    = "${stagingAcl}"\n}\n`,
  });
  const publicAcl = (s: ReviewSide): string[] => s.findings.filter((f) => f.ruleId === 'aws-s3-public-acl').map((f) => `${f.root} ${f.resourceAddress} ${f.file}:${f.range.start.line + 1}`);
  const base = side(files('private'));
  const head = side(files('public-read'));
  assert.deepEqual(publicAcl(base), ['envs/prod module.assets.aws_s3_bucket_acl.this modules/bucket/main.tf:6']);
  assert.deepEqual(publicAcl(head), ['envs/prod module.assets.aws_s3_bucket_acl.this modules/bucket/main.tf:6', 'envs/staging module.assets.aws_s3_bucket_acl.this modules/bucket/main.tf:6']);
  const review = reviewAnalyses(base, head);
  assert.deepEqual(review.findings.new.filter((f) => f.ruleId === 'aws-s3-public-acl').map((f) => f.root), ['envs/staging']);
  assert.deepEqual(reviewAnalyses(head, base).findings.fixed.filter((f) => f.ruleId === 'aws-s3-public-acl').map((f) => f.root), ['envs/staging']);
});

test('reviewMarkdown: a Mermaid bar chart of the largest cost changes, the sign in the label, within the limit', () => {
  const row = (address: string, delta: number | null): Review['cost']['resources'][number] => ({
    root: '.',
    address,
    type: 'aws_instance',
    module: '',
    change: 'changed',
    before: 100,
    after: delta === null ? null : 100 + delta,
    delta,
    usageBasedComponents: 0,
    unknownBefore: null,
    unknownAfter: null,
  });
  const resources = [row('aws_nat_gateway.gone', -32.85), row('aws_instance.same', 0), row('aws_s3_bucket_acl.site["blue"]', 4), row('aws_instance.unknown', null), ...Array.from({ length: 12 }, (_, i) => row(`aws_instance.n${String(i).padStart(2, '0')}`, i + 1))];
  const review: Review = {
    findings: { new: [], fixed: [], unchanged: [] },
    cost: { currency: 'USD', pricesAsOf: '2024-07-18', before: 1000, after: 1000, delta: 0, deltaPercent: 0, resources, unknownResources: 1, modules: [] },
    moves: [],
  };
  const md = reviewMarkdown(review, { base: 'b', head: 'h' });
  const chart = /```mermaid\n([\s\S]*?)```/.exec(md)?.[1];
  assert.equal(
    chart,
    [
      'xychart-beta horizontal',
      '  title "The 8 largest of 14 cost changes, USD per month"',
      '  x-axis ["−$32.85 aws_nat_gateway.gone", "+$12.00 aws_instance.n11", "+$11.00 aws_instance.n10", "+$10.00 aws_instance.n09", "+$9.00 aws_instance.n08", "+$8.00 aws_instance.n07", "+$7.00 aws_instance.n06", "+$6.00 aws_instance.n05"]',
      '  y-axis "size of the change (USD per month)" 0 --> 33',
      '  bar [32.85, 12, 11, 10, 9, 8, 7, 6]',
      '',
    ].join('\n'),
  );
  // before the tables; a double quote of a for_each key never ends the Mermaid string
  assert.ok(md.indexOf('```mermaid') < md.indexOf('### Cost changes by resource'));
  const few = reviewMarkdown({ ...review, cost: { ...review.cost, resources: resources.slice(0, 3) } }, { base: 'b', head: 'h' });
  assert.match(few, /^ {2}title "Cost changes, USD per month"$/m);
  assert.match(few, /^ {2}x-axis \["−\$32\.85 aws_nat_gateway\.gone", "\+\$4\.00 aws_s3_bucket_acl\.site\['blue'\]"\]$/m);
  // no known change, no chart
  assert.doesNotMatch(reviewMarkdown({ ...review, cost: { ...review.cost, resources: [row('aws_instance.unknown', null)] } }, { base: 'b', head: 'h' }), /mermaid/);
  // a huge review still fits, chart included
  const huge = reviewMarkdown({ ...review, cost: { ...review.cost, resources: Array.from({ length: 5000 }, (_, i) => row(`aws_instance.r${i}`, i)) } }, { base: 'b', head: 'h', limit: 20000 });
  assert.ok(huge.length <= 20000, String(huge.length));
  assert.match(huge, /```mermaid\nxychart-beta horizontal\n/);
});
