/**
 * kensa.jsonc mistakes that used to pass in silence, each a diagnostic at its position: unknown
 * rule ids (with the near ones), unknown usage keys and addresses, an unknown pricing region, a
 * custom rule reusing a built-in id, an until= that is no date; a missing comma keeps later keys.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './engine';
import { parseConfig } from './config';
import { memoryHost } from './terraform';

const MAIN = 'resource "aws_lambda_function" "api" {\n  function_name = "api"\n  role          = "arn:aws:iam::1:role/x"\n  runtime       = "nodejs20.x"\n  handler       = "index.handler"\n  filename      = "x.zip"\n}\n';

function shown(ds: readonly { file: string; range: { start: { line: number; column: number } }; severity: string; summary: string; detail?: string }[]): string[] {
  return ds.map((d) => `${d.file}:${d.range.start.line + 1}:${d.range.start.column + 1} ${d.severity} ${d.summary}: ${d.detail ?? ''}`);
}

test('kensa.jsonc: unknown rule ids, usage keys and addresses, pricing region and a custom rule with a built-in id are diagnostics at their position', () => {
  const config = `{
  "rules": { "aws-rds-single-azz": "off", "aws-s3-public-acl": "warning" },
  "pricing": { "region": "mars-1" },
  "usage": {
    "aws_lambda_function.api": { "monthly_requests": 1000000, "monthly_requestz": 5 },
    "aws_lambda_function.gone": { "monthly_requests": 1 },
    "aws_nat_gatewayy": { "monthly_data_processed_gb": 1 }
  },
  "customRules": [
    { "id": "aws-s3-public-acl", "resource": "aws_s3_bucket", "assert": { "attribute": "bucket", "exists": true } }
  ]
}
`;
  const analysis = analyze(memoryHost({ 'kensa.jsonc': config, 'main.tf': MAIN }), '.', { today: '2026-11-22', savings: false });
  const lines = shown(analysis.diagnostics.filter((d) => d.code === 'kensa-config'));
  assert.deepEqual(lines, [
    'kensa.jsonc:10:13 error Custom rule id taken: "aws-s3-public-acl" is the id of a built-in rule, so this custom rule would be confused with it: give it an id of its own, such as "acme-s3-public-acl".',
    'kensa.jsonc:2:14 warning Unknown rule: No rule has the id "aws-rds-single-azz", so this setting does nothing. Did you mean "aws-rds-single-az"? "kensa rules" lists the ids.',
    'kensa.jsonc:3:26 error Unknown pricing region: The price catalogue has no region "mars-1", so nothing would be priced. Regions: us-east-1, us-east-2, us-west-1, us-west-2, ca-central-1, eu-west-1, eu-west-2, eu-central-1, eu-north-1, ap-northeast-1, ap-northeast-2, ap-southeast-1, ap-southeast-2, ap-south-1, sa-east-1.',
    'kensa.jsonc:5:63 warning Unknown usage key: aws_lambda_function reads no usage quantity "monthly_requestz", so it is not used. Did you mean "monthly_requests"? It reads: monthly_ephemeral_storage_gb_seconds, monthly_gb_seconds, monthly_requests.',
    'kensa.jsonc:6:5 warning Unknown usage address: No root module has a resource aws_lambda_function.gone, so these quantities are not used. Did you mean "aws_lambda_function.api"?',
    'kensa.jsonc:7:5 warning Unknown usage target: Kensa prices no usage of aws_nat_gatewayy, so these quantities are not used. Did you mean "aws_nat_gateway"?',
  ]);
});

test('kensa.jsonc: a missing comma is one diagnostic and the keys after it still apply', () => {
  const { config, diagnostics } = parseConfig('{\n  "rules": { "aws-rds-single-az": "off" }\n  "exclude": ["sandbox"]\n  "varFiles": ["prod.tfvars"]\n}\n', 'kensa.jsonc');
  assert.deepEqual(shown(diagnostics), [
    'kensa.jsonc:3:3 error Invalid kensa.jsonc: CommaExpected: the file is not valid JSON with comments.',
    'kensa.jsonc:4:3 error Invalid kensa.jsonc: CommaExpected: the file is not valid JSON with comments.',
  ]);
  assert.deepEqual(config.exclude, ['sandbox']);
  assert.deepEqual(config.varFiles, ['prod.tfvars']);
  assert.deepEqual(config.policy.rules, { 'aws-rds-single-az': { enabled: false } });
});

test('a suppression until a day that does not exist (2099-13-45) says so and does not apply', () => {
  const main = '# kensa:ignore aws-s3-public-acl the CDN reads it until=2099-13-45\nresource "aws_s3_bucket_acl" "a" {\n  bucket = "a"\n  acl    = "public-read"\n}\n';
  const analysis = analyze(memoryHost({ 'main.tf': main }), '.', { today: '2026-11-22', savings: false });
  assert.deepEqual(
    analysis.findings.map((f) => `${f.file}:${f.range.start.line + 1} ${f.ruleId}: ${f.message}`),
    [
      'main.tf:4 aws-s3-public-acl: ' + analysis.findings.find((f) => f.ruleId === 'aws-s3-public-acl')!.message,
      'main.tf:1 kensa-expired-suppression: until=2099-13-45 is not a date (YYYY-MM-DD), so this suppression of aws-s3-public-acl does not apply: write the day it should end.',
    ],
  );
});
