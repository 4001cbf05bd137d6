import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdits } from 'jsonc-parser';
import { PRICERS } from '../cost';
import { configFileFor, currentUsage, parseQuantity, usageAddress, usageEdits } from './set-usage-text';

const set = (text: string, address: string, key: string, value: number): string => applyEdits(text, usageEdits(text, address, key, value));

test('usageEdits: a new kensa.jsonc holds only the usage; an existing one keeps its comments and settings', () => {
  assert.equal(set('', 'aws_lambda_function.api', 'monthly_requests', 25000000), '{\n  "usage": {\n    "aws_lambda_function.api": {\n      "monthly_requests": 25000000\n    }\n  }\n}\n');
  const text = '{\n  // rules we agreed on\n  "rules": { "aws-rds-single-az": "info" },\n  "usage": {\n    /* measured in May */\n    "aws_s3_bucket.logs": { "standard_storage_gb": 100 }\n  }\n}\n';
  const once = set(text, 'aws_s3_bucket.logs', 'monthly_tier_1_requests', 5000);
  assert.ok(once.includes('// rules we agreed on') && once.includes('/* measured in May */') && once.includes('"aws-rds-single-az": "info"'), once);
  assert.equal(currentUsage(once, 'aws_s3_bucket.logs', 'standard_storage_gb'), 100);
  assert.equal(currentUsage(once, 'aws_s3_bucket.logs', 'monthly_tier_1_requests'), 5000);
  // setting it again replaces the number in place
  const twice = set(once, 'aws_s3_bucket.logs', 'standard_storage_gb', 250);
  assert.equal(twice, once.replace('"standard_storage_gb": 100', '"standard_storage_gb": 250'));
  assert.equal(currentUsage('{ "usage": { "a.b": { "k": "x" } } }', 'a.b', 'k'), undefined);
});

test('usageAddress: usage is per block, so the last instance key goes; a module instance key stays', () => {
  assert.equal(usageAddress('aws_lambda_function.api[0]'), 'aws_lambda_function.api');
  assert.equal(usageAddress('module.app["eu"].aws_s3_bucket.logs["a[1]"]'), 'module.app["eu"].aws_s3_bucket.logs');
  assert.equal(usageAddress('module.app[0].aws_s3_bucket.logs'), 'module.app[0].aws_s3_bucket.logs');
});

test('parseQuantity: numbers as people type them; anything else says what to enter', () => {
  assert.equal(parseQuantity(' 1000 '), 1000);
  assert.equal(parseQuantity('2.5'), 2.5);
  assert.equal(parseQuantity('25,000,000'), 25000000);
  assert.equal(parseQuantity('25_000_000'), 25000000);
  assert.equal(parseQuantity('1e6'), 1000000);
  for (const bad of ['', '-1', 'ten', '1,2', 'NaN', '1e999']) assert.equal(typeof parseQuantity(bad), 'string', bad);
});

test('configFileFor: the nearest kensa.jsonc at or above the folder, else a new one in the folder', () => {
  const top = mkdtempSync(join(tmpdir(), 'kensa-usage-'));
  try {
    const folder = join(top, 'repo', 'infra');
    mkdirSync(folder, { recursive: true });
    assert.deepEqual(configFileFor(folder), { path: join(folder, 'kensa.jsonc'), exists: false });
    writeFileSync(join(top, 'repo', 'kensa.jsonc'), '{}');
    assert.deepEqual(configFileFor(folder), { path: join(top, 'repo', 'kensa.jsonc'), exists: true });
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
});

test('every pricer usage key has a unit and a description for the prompt', () => {
  for (const p of PRICERS) for (const [key, spec] of Object.entries(p.usage ?? {})) assert.ok(spec.unit && spec.description, `${p.resource}.${key}`);
});
