import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, estimateAnalysis } from '../engine';
import { memoryHost } from '../terraform';
import { estimateMarkdown } from '../cost';
import { reportData } from './cost-report-data';

const host = memoryHost({
  '/w/app/main.tf': `
resource "aws_nat_gateway" "main" {
  allocation_id = "eipalloc-1"
  subnet_id     = "subnet-1"
}

resource "aws_instance" "web" {
  count         = 2
  ami           = "ami-1"
  instance_type = "t3.micro"
}

resource "aws_gamelift_fleet" "odd" {
  name = "x"
}
`,
});
const analysis = analyze(host, '/w', { today: '2025-01-01' });
const estimates = estimateAnalysis(analysis);

test('report data: totals, by type (dearest first), resources with relative and absolute paths, usage-based, unsupported', () => {
  const data = reportData(estimates.map((e) => ({ ...e, base: '/w' })));
  assert.deepEqual(data.roots, ['app']);
  assert.equal(data.total, estimates[0]!.estimate.totalMonthlyCost);
  assert.deepEqual(data.byType.map((t) => [t.type, t.count]), [['aws_nat_gateway', 1], ['aws_instance', 2]]);
  assert.deepEqual(data.resources.map((r) => [r.address, r.file, r.path, r.line]), [
    ['aws_nat_gateway.main', 'app/main.tf', '/w/app/main.tf', 2],
    ['aws_instance.web[0]', 'app/main.tf', '/w/app/main.tf', 7],
    ['aws_instance.web[1]', 'app/main.tf', '/w/app/main.tf', 7],
  ]);
  assert.deepEqual(data.usageBased.map((u) => [u.address, u.component]).slice(0, 1), [['aws_nat_gateway.main', 'Data processed']]);
  assert.deepEqual(data.unsupported.map((u) => [u.address, u.file, u.line]), [['aws_gamelift_fleet.odd', 'app/main.tf', 13]]);
  assert.equal(data.pricesAsOf, estimates[0]!.estimate.pricesAsOf);
});

test('Markdown: the CLI shape, a row per resource and the unsupported ones named', () => {
  const md = estimateMarkdown(estimates);
  assert.match(md, /^## Kensa cost estimate\n\n\*\*\$[\d,.]+ per month\*\* \(not counting \d+ usage-based or unknown components?\)\n\n\| Resource \| Monthly cost \| Notes \|\n\|---\|---:\|---\|\n/);
  assert.match(md, /\| `aws_nat_gateway\.main` \| \$32\.85 \| 1 usage-based \|/);
  assert.match(md, /Not priced: `aws_gamelift_fleet\.odd`/);
});

test('report data: a resource of unknown cost or count carries its reason and its figure, never $0', () => {
  const a = analyze(memoryHost({ '/w/main.tf': 'variable "class" {\n  type = string\n}\nvariable "n" {\n  type = number\n}\nresource "aws_instance" "x" {\n  ami           = "ami-1"\n  instance_type = var.class\n}\nresource "aws_nat_gateway" "n" {\n  count         = var.n\n  allocation_id = "a"\n  subnet_id     = "s"\n}\n' }), '/w', { today: '2025-01-01' });
  const data = reportData(estimateAnalysis(a).map((e) => ({ ...e, base: '/w' })));
  assert.deepEqual(data.resources.map((r) => [r.address, r.costText, r.unknown]), [
    ['aws_instance.x', '$0.80 + unknown', 'Instance usage: instance_type is unknown because var.class has no value'],
    ['aws_nat_gateway.n[*]', 'per instance $32.85, count unknown', 'its count is unknown because var.n has no value'],
  ]);
  assert.deepEqual(data.unknown.map((u) => [u.address, u.component]), [['aws_instance.x', 'Instance usage'], ['aws_nat_gateway.n[*]', 'Count']]);
  assert.deepEqual(data.byType.map((t) => [t.type, t.unknown]), [['aws_instance', 1], ['aws_nat_gateway', 1]]);
});
