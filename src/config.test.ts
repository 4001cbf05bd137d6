/**
 * kensa.jsonc from the user's side: what each setting does, mistakes reported with their position
 * and the rest still applied, the nearest file found by walking up, and the shipped JSON schema in
 * step with what Kensa reads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { fromRoot } from '../test/support/paths';
import { CONFIG_SETTINGS, findConfigFile, loadConfig, parseConfig, ruleSettingOf } from './config';
import { memoryHost } from './terraform';

const FULL = `{
  // settings for the platform team's repositories
  "$schema": "./schemas/kensa.schema.json",
  "rules": {
    "aws-s3-public-acl": "off",
    "aws-rds-single-az": "info",
    "aws-ec2-imdsv1-enabled": { "severity": "warning" },
  },
  "categories": { "cost": false },
  "requiredTags": ["Owner", "CostCenter"],
  "exclude": ["sandbox", "legacy/**"],
  "varFiles": ["env/prod.tfvars"],
  "usage": {
    "aws_lambda_function.api": { "monthly_requests": 25000000, "request_duration_ms": 120 },
    "module.workers.*": { "monthly_data_processed_gb": 300 },
    "aws_s3_bucket": { "standard_storage_gb": 1000 }
  },
  "pricing": { "region": "eu-west-1", "spotShare": 0.5, "commitmentDiscount": { "ec2": 0.28 } },
  "customRules": [
    {
      "id": "acme-bucket-owner",
      "resource": "aws_s3_bucket",
      "message": "Tag buckets with their Owner.",
      "assert": { "attribute": "tags.Owner", "exists": true }
    }
  ]
}`;

test('every setting is read', () => {
  const { config, diagnostics } = parseConfig(FULL, 'kensa.jsonc');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(config.policy, {
    rules: { 'aws-s3-public-acl': { enabled: false }, 'aws-rds-single-az': { enabled: true, severity: 'info' }, 'aws-ec2-imdsv1-enabled': { severity: 'warning' } },
    categories: { cost: false },
    requiredTags: ['Owner', 'CostCenter'],
  });
  assert.deepEqual(config.exclude, ['sandbox', 'legacy/**']);
  assert.deepEqual(config.varFiles, ['env/prod.tfvars']);
  assert.equal(config.usage['module.workers.*']!.monthly_data_processed_gb, 300);
  assert.deepEqual(config.pricing, { region: 'eu-west-1', spotShare: 0.5, commitmentDiscount: { ec2: 0.28 } });
  assert.equal(config.customRules[0]!.id, 'acme-bucket-owner');
  assert.equal(config.customRules[0]!.severity, 'warning');
});

test('mistakes are diagnostics at their position, and the rest of the file still applies', () => {
  const text = `{
  "rules": { "aws-s3-public-acl": "loud" },
  "requiredTags": ["Owner", 42],
  "pricing": { "spotShare": 3 },
  "usage": { "aws_nat_gateway": { "monthly_data_processed_gb": "lots" } },
  "customRules": [{ "id": "Bad Id", "resource": "aws_s3_bucket", "assert": { "attribute": "x" } }],
  "colour": "blue",
  "categories": { "cost": false }
}`;
  const { config, diagnostics } = parseConfig(text, 'kensa.jsonc');
  assert.deepEqual(
    diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.column + 1} ${d.severity} ${d.summary}`),
    [
      '7:3 warning Unknown setting',
      '2:35 error Invalid rule setting',
      '3:29 error Invalid requiredTags entry',
      '5:64 error Invalid usage quantity',
      '4:29 error Invalid pricing setting',
      '6:27 error Invalid custom rule',
    ],
  );
  assert.deepEqual(config.policy.requiredTags, ['Owner']);
  assert.deepEqual(config.policy.categories, { cost: false });
});

test('broken JSON is a diagnostic, never a throw', () => {
  const { config, diagnostics } = parseConfig('{ "rules": { "a-b": "off" ', 'kensa.jsonc');
  assert.ok(diagnostics.length > 0);
  assert.equal(diagnostics[0]!.summary, 'Invalid kensa.jsonc');
  assert.deepEqual(config.policy.rules, { 'a-b': { enabled: false } });
  assert.equal(parseConfig('[1, 2]', 'kensa.jsonc').diagnostics[0]!.detail, 'The file must hold one JSON object.');
});

test('the nearest kensa.jsonc at or above the scanned directory applies', () => {
  const host = memoryHost({ 'repo/kensa.jsonc': '{ "requiredTags": ["Team"] }', 'repo/envs/prod/main.tf': '', 'repo/envs/prod/kensa.jsonc': '{}' });
  assert.equal(findConfigFile(host, 'repo/envs/prod'), 'repo/envs/prod/kensa.jsonc');
  assert.equal(findConfigFile(host, 'repo/envs'), 'repo/kensa.jsonc');
  assert.deepEqual(loadConfig(host, 'repo/envs').config.policy.requiredTags, ['Team']);
  assert.equal(findConfigFile(memoryHost({ 'a/main.tf': '' }), 'a'), undefined);
});

test('the shipped JSON schema accepts a full config, rejects mistakes, and lists exactly the settings Kensa reads', () => {
  const schema = JSON.parse(readFileSync(fromRoot('schemas/kensa.schema.json'), 'utf8'));
  assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_SETTINGS].sort());
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const { parse } = require('jsonc-parser') as typeof import('jsonc-parser');
  assert.ok(validate(parse(FULL)), JSON.stringify(validate.errors));
  assert.ok(!validate({ rules: { x: 'loud' } }));
  assert.ok(!validate({ pricing: { spotShare: 2 } }));
  assert.ok(!validate({ customRules: [{ id: 'a-b', resource: 'aws_s3_bucket', assert: { attribute: 'x', bogus: 1 } }] }));
  const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));
  assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: 'kensa.jsonc', url: './schemas/kensa.schema.json' }]);
});

test('rule settings written as plain data (editor settings) are read like kensa.jsonc\'s', () => {
  assert.deepEqual(ruleSettingOf('off'), { enabled: false });
  assert.deepEqual(ruleSettingOf('on'), { enabled: true });
  assert.deepEqual(ruleSettingOf('info'), { enabled: true, severity: 'info' });
  assert.deepEqual(ruleSettingOf({ severity: 'error' }), { severity: 'error' });
  assert.deepEqual(ruleSettingOf({ enabled: false }), { enabled: false });
  for (const bad of ['bogus', 3, null, [], { enabled: 'no' }, { severity: 'fatal' }]) assert.equal(ruleSettingOf(bad), undefined, JSON.stringify(bad));
});

test('kensa.jsonc usageFile names an Infracost usage file; usage takes words for the keys that need one', () => {
  const { config, diagnostics } = parseConfig(
    '{ "usageFile": "infracost-usage.yml", "usage": { "aws_instance.web": { "reserved_instance_term": "1_year", "monthly_cpu_credit_hours": "many" } } }',
    'kensa.jsonc',
  );
  assert.equal(config.usageFile, 'infracost-usage.yml');
  assert.deepEqual(config.usage, { 'aws_instance.web': { reserved_instance_term: '1_year' } });
  assert.deepEqual(diagnostics.map((d) => [d.summary, d.range.start.column]), [['Invalid usage quantity', 135]]);
  const bad = parseConfig('{ "usageFile": 3 }', 'kensa.jsonc');
  assert.equal(bad.config.usageFile, undefined);
  assert.deepEqual(bad.diagnostics.map((d) => d.summary), ['Invalid kensa.jsonc value']);
});

test('a value nested 5,000 deep is one diagnostic at its start, and the settings around it still apply', () => {
  const text = `{\n  "rules": { "aws-rds-single-az": "off" },\n  "customRules": ${'['.repeat(5000)}${']'.repeat(5000)},\n  "exclude": ["sandbox"]\n}\n`;
  const { config, diagnostics } = parseConfig(text, 'kensa.jsonc');
  assert.deepEqual(
    diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.column + 1} ${d.summary}: ${d.detail}`),
    [`3:${18 + 63} Invalid kensa.jsonc: Values nested more than 64 deep are not read; this one is ignored.`, '3:19 Invalid kensa.jsonc value: "a custom rule" must be an object.'],
  );
  assert.deepEqual(config.exclude, ['sandbox']);
  assert.deepEqual(config.policy.rules, { 'aws-rds-single-az': { enabled: false } });
});
