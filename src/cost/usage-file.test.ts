/**
 * Infracost usage files: read into entries with their positions, matched to instances (exact address
 * over the first matching wildcard over the type default), turned into Kensa's keys by each pricer's
 * table, and checked: every mistake is a diagnostic at its line and column, never an exception.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateConfiguration, memoryHost } from '../terraform';
import { estimateCost } from './estimate';
import { PRICERS } from './resources';
import { checkUsageFile, parseUsageFile, usageFromFile } from './usage-file';

const pricers = new Map(PRICERS.map((p) => [p.resource, p]));

const ev = evaluateConfiguration(
  memoryHost({
    'main.tf': [
      'resource "aws_lambda_function" "api" {\n  function_name = "api"\n  memory_size = 2048\n}',
      'resource "aws_lambda_function" "cron" {\n  function_name = "cron"\n}',
      'resource "aws_sqs_queue" "q" {\n  count = 2\n  name = "q${count.index}"\n}',
      'resource "aws_iam_role" "r" {\n  name = "r"\n  assume_role_policy = "{}"\n}',
      'module "w" {\n  source = "./w"\n}',
    ].join('\n'),
    'w/main.tf': 'resource "aws_lambda_function" "f" {\n  function_name = "f"\n}\n',
  }),
  '.',
);
const byAddress = (a: string) => ev.resources.find((r) => r.address === a)!;

/** Each diagnostic as `line:column severity summary` (one-based), for exact comparison. */
function where(ds: readonly { severity: string; summary: string; range: { start: { line: number; column: number } } }[]): string[] {
  return ds.map((d) => `${d.range.start.line + 1}:${d.range.start.column + 1} ${d.severity} ${d.summary}`);
}

test('usage file: values by address and type, sub-resource keys flattened with dots', () => {
  const { file, diagnostics } = parseUsageFile(
    'version: 0.1\nresource_type_default_usage:\n  aws_lambda_function:\n    monthly_requests: 10\nresource_usage:\n  aws_s3_bucket.b:\n    standard:\n      storage_gb: 5\n    object_tags: 3\n',
    'u.yml',
  );
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(
    file.entries.map((e) => [e.kind, e.target, [...e.values].map(([k, v]) => [k, v.value, v.range.start.line + 1, v.range.start.column + 1])]),
    [
      ['type', 'aws_lambda_function', [['monthly_requests', 10, 4, 23]]],
      ['resource', 'aws_s3_bucket.b', [['standard.storage_gb', 5, 8, 19], ['object_tags', 3, 9, 18]]],
    ],
  );
});

test('usage file: mistakes in the file are diagnostics at their position, and the rest is read', () => {
  const text = [
    'version: 0.2', // 1
    'budget: 100', // 2
    'resource_usage:', // 3
    '  aws_lambda_function.api:', // 4
    '    monthly_requests: -5', // 5
    '    request_duration_ms: [1, 2]', // 6
    '  aws_sqs_queue.q[*]:', // 7
    '    monthly_requests: 7', // 8
    'resource_type_default_usage:', // 9
    '  aws_sqs_queue.q:', // 10
    '    monthly_requests: 1', // 11
  ].join('\n');
  const { file, diagnostics } = parseUsageFile(text, 'u.yml');
  assert.deepEqual(where(diagnostics), [
    '2:1 warning Unknown usage file key',
    '5:23 error Invalid usage value',
    '6:26 error Invalid usage value',
    '10:3 warning Invalid resource type',
    '1:10 warning Usage file version',
  ]);
  assert.deepEqual(file.entries.map((e) => e.target), ['aws_lambda_function.api', 'aws_sqs_queue.q[*]']);
});

test('usage file: broken YAML and a document that is not a mapping are errors, never exceptions', () => {
  assert.deepEqual(where(parseUsageFile('version: 0.1\nresource_usage:\n  a: [1\n', 'u.yml').diagnostics).map((d) => d.split(' ').slice(1).join(' ')), ['error Invalid usage file']);
  assert.deepEqual(where(parseUsageFile('- 1\n- 2\n', 'u.yml').diagnostics), ['1:1 error Invalid usage file']);
  assert.deepEqual(where(parseUsageFile('', 'u.yml').diagnostics), ['1:1 error Invalid usage file']);
  assert.deepEqual(where(parseUsageFile('version: 0.1\nresource_usage:\n', 'u.yml').diagnostics), []);
});

test('usage file precedence: exact address, then the first matching wildcard, then the type default; Infracost keys become Kensa keys', () => {
  const { file } = parseUsageFile(
    [
      'version: 0.1',
      'resource_type_default_usage:',
      '  aws_lambda_function: { monthly_requests: 1000, request_duration_ms: 1000 }',
      'resource_usage:',
      '  aws_lambda_function.*: { request_duration_ms: 500 }',
      '  "*": { request_duration_ms: 1 }',
      '  aws_lambda_function.api: { monthly_requests: 2000 }',
      '  aws_sqs_queue.q[*]: { monthly_requests: 4, request_size_kb: 100 }',
    ].join('\n'),
    'u.yml',
  );
  const lambda = pricers.get('aws_lambda_function')!;
  // 2,000 requests x 0.5 s x 2 GB
  assert.deepEqual(Object.fromEntries(usageFromFile(file, byAddress('aws_lambda_function.api'), lambda)), { monthly_requests: 2000, monthly_gb_seconds: 2000 });
  // the type default's requests, the wildcard's duration, 128 MB
  assert.deepEqual(Object.fromEntries(usageFromFile(file, byAddress('aws_lambda_function.cron'), lambda)), { monthly_requests: 1000, monthly_gb_seconds: 62.5 });
  // `aws_lambda_function.*` does not reach into modules; `*` does
  assert.deepEqual(Object.fromEntries(usageFromFile(file, byAddress('module.w.aws_lambda_function.f'), lambda)), { monthly_requests: 1000, monthly_gb_seconds: 0.125 });
  // 100 KB messages are two 64 KB requests each
  assert.deepEqual(Object.fromEntries(usageFromFile(file, byAddress('aws_sqs_queue.q[1]'), pricers.get('aws_sqs_queue')!)), { monthly_requests: 8 });
});

test('usage file check: addresses matching nothing (with a suggestion), unknown keys, words for quantities, unpriced types', () => {
  const text = [
    'version: 0.1',
    'resource_usage:',
    '  aws_lambda_function.apj:', // 3: a typo
    '    monthly_requests: 1',
    '  aws_lambda_function.api:',
    '    monthly_requets: 1', // 6: a typo
    '    monthly_requests: many', // 7: a word
    '    request_duration_ms: 20',
    '  aws_iam_role.r:', // 9: free
    '    monthly_requests: 1',
    '  module.nope.*:', // 11
    '    monthly_requests: 1',
    '  aws_sqs_queue.q[*]:',
    '    request_size_kb: 64',
  ].join('\n');
  const { file, diagnostics } = parseUsageFile(text, 'u.yml');
  assert.deepEqual(diagnostics, []);
  const checked = checkUsageFile(file, ev.resources, pricers);
  assert.deepEqual(where(checked), [
    '3:3 warning Usage for no resource',
    '6:5 warning Unknown usage key',
    '7:23 error Invalid usage value',
    '9:3 info Usage of a type Kensa does not price',
    '11:3 warning Usage for no resource',
  ]);
  assert.match(checked[0]!.detail!, /Did you mean aws_lambda_function\.api\?/);
  assert.match(checked[1]!.detail!, /"monthly_requets" is not a usage key of aws_lambda_function\. It reads: .*monthly_requests.*request_duration_ms/);
  assert.ok(checked.every((d) => d.file === 'u.yml' && d.code === 'kensa-usage-file'));
});

test('usage file in an estimate: kensa.jsonc usage wins key by key', () => {
  const { file } = parseUsageFile('version: 0.1\nresource_usage:\n  aws_sqs_queue.q[*]:\n    monthly_requests: 3000000\n', 'u.yml');
  const e = estimateCost(ev, { usageFile: file, usage: { 'aws_sqs_queue.q[1]': { monthly_requests: 1000000 } } });
  const requests = (a: string) => e.resources.find((r) => r.address === a)!.components[0]!.monthlyQuantity;
  assert.equal(requests('aws_sqs_queue.q[0]'), 3);
  assert.equal(requests('aws_sqs_queue.q[1]'), 1);
});
