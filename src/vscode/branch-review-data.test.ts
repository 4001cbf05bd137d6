import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, estimateAnalysis } from '../engine';
import { reviewAnalyses, type ReviewSide } from '../review';
import { memoryHost } from '../terraform';
import { branchReviewData } from './branch-review-data';

function side(files: Record<string, string>): ReviewSide {
  const analysis = analyze(memoryHost(files), '.', { today: '2025-01-01' });
  return { roots: analysis.roots, findings: analysis.findings, estimates: estimateAnalysis(analysis) };
}

const PROVIDER = 'provider "aws" {\n  region = "us-east-1"\n}\n';
const ACL = (acl: string) => `resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n\nresource "aws_s3_bucket_acl" "b" {\n  bucket = aws_s3_bucket.b.id\n  acl    = "${acl}"\n}\n`;
const NAT = 'resource "aws_nat_gateway" "n" {\n  allocation_id = "eipalloc-1"\n  subnet_id     = "subnet-1"\n}\n';

test('branchReviewData: headlines, new and fixed findings opening in the working tree, cost rows', () => {
  const base = side({ 'net/main.tf': PROVIDER + ACL('public-read') });
  const head = side({ 'net/main.tf': PROVIDER + NAT + ACL('private') });
  const data = branchReviewData(reviewAnalyses(base, head), { base: 'main (abc1234)', headDir: '/home/me/repo' });
  assert.equal(data.base, 'main (abc1234)');
  assert.equal(data.costHeadline, 'Monthly cost will increase by $32.85 (from $0)');
  assert.equal(data.findingsHeadline, '0 new findings, 1 fixed');
  assert.deepEqual([data.before, data.after, data.delta], [0, 32.85, 32.85]);
  assert.deepEqual(data.newFindings, []);
  // the fixed finding is where the base had it: line 10, opened in the working tree's copy
  assert.deepEqual(
    data.fixedFindings.map((f) => [f.ruleId, f.file, f.path, f.line, f.resource]),
    [['aws-s3-public-acl', 'net/main.tf', '/home/me/repo/net/main.tf', 10, 'aws_s3_bucket.b']],
  );
  assert.deepEqual(data.resources, [{ root: 'net', address: 'aws_nat_gateway.n', previousAddress: null, change: 'added', before: 0, after: 32.85, delta: 32.85 }]);
  // the chart's rows: the module's known change
  assert.deepEqual(data.modules, [{ root: 'net', module: '', before: 0, after: 32.85, delta: 32.85, unknownResources: 0 }]);
});

test('branchReviewData: the new findings of a module called a second time, at one place, are one row counting them', () => {
  const bucket = 'resource "aws_s3_bucket_acl" "this" {\n  bucket = "b"\n  acl    = "public-read"\n}\n';
  const call = (name: string) => `module "${name}" {\n  source = "./bucket"\n}\n`;
  const base = side({ 'main.tf': PROVIDER });
  const head = side({ 'main.tf': PROVIDER + call('old') + call('new'), 'bucket/main.tf': bucket });
  const data = branchReviewData(reviewAnalyses(base, head), { base: 'main', headDir: '/repo' });
  assert.equal(data.findingsHeadline, '2 new findings, 0 fixed');
  assert.deepEqual(
    data.newFindings.map((f) => [f.ruleId, f.file, f.line, f.resource, f.count]),
    [['aws-s3-public-acl', 'bucket/main.tf', 3, 'module.old.aws_s3_bucket_acl.this, module.new.aws_s3_bucket_acl.this', 2]],
  );
});
