/**
 * Checkov and Trivy ids on the command line, from the user's side: `kensa rules ID` finds the rules
 * claiming a peer check, and `kensa scan --check / --skip-check` take Kensa, Checkov and Trivy ids.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot, repoRoot } from '../support/paths';

function kensa(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [fromRoot('dist/cli.js'), ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('kensa rules CKV_AWS_20 / AVD-AWS-0086 / a tfsec or Trivy long id: the documentation of the rules claiming it', () => {
  const checkov = kensa(['rules', 'CKV_AWS_20']);
  assert.equal(checkov.code, 0, checkov.stderr);
  assert.match(checkov.stdout, /^Checkov check CKV_AWS_20 is claimed by the Kensa rule aws-s3-public-acl\.$/m);
  assert.match(checkov.stdout, /^aws-s3-public-acl: S3 bucket ACL grants public access$/m);
  const avd = kensa(['rules', 'AVD-AWS-0086']);
  assert.equal(avd.code, 0, avd.stderr);
  assert.match(avd.stdout, /^Trivy check AVD-AWS-0086 is claimed by the Kensa rule aws-s3-public-acls-not-blocked\.$/m);
  assert.match(avd.stdout, /^How to fix: Set block_public_acls = true/m);
  assert.match(kensa(['rules', 'aws-s3-block-public-acls']).stdout, /^aws-s3-public-acls-not-blocked: /m);
  // Trivy's long ids write the service as one word where tfsec's had a hyphen
  assert.match(kensa(['rules', 'aws-apigateway-enable-tracing']).stdout, /^aws-api-gateway-stage-xray-disabled: /m);
  // one Trivy id, two rules
  assert.match(kensa(['rules', 'avd-aws-0143']).stdout, /claimed by 2 Kensa rules: aws-iam-user-attached-policy, aws-iam-user-inline-policy\./);
  const json = JSON.parse(kensa(['rules', 'CKV_AWS_20', '--format', 'json']).stdout);
  assert.equal(json.tool, 'checkov');
  assert.deepEqual(json.rules.map((r: { id: string }) => r.id), ['aws-s3-public-acl']);
  const typo = kensa(['rules', 'CKV_AWS_2O']);
  assert.equal(typo.code, 2);
  assert.match(typo.stderr, /no rule is or claims "CKV_AWS_2O"; did you mean CKV_AWS_20, /);
});

test('kensa rules --format json: each rule with its targets and equivalents', () => {
  const r = kensa(['rules', '--format', 'json']);
  assert.equal(r.code, 0);
  const acl = JSON.parse(r.stdout).find((x: { id: string }) => x.id === 'aws-s3-public-acl');
  assert.deepEqual(acl, {
    id: 'aws-s3-public-acl',
    title: 'S3 bucket ACL grants public access',
    severity: 'error',
    category: 'security',
    fix: 'safe',
    targets: ['aws_s3_bucket', 'aws_s3_bucket_acl'],
    equivalents: { checkov: ['CKV_AWS_20', 'CKV_AWS_57'], trivy: ['AVD-AWS-0092'], tfsec: ['aws-s3-no-public-access-with-acl'] },
  });
});

const MAIN = `resource "aws_s3_bucket_acl" "site" {
  bucket = "acme-site"
  acl    = "public-read"
}

# kensa:ignore aws-ebs-volume-unencrypted scratch disk, wiped nightly
resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
}
`;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kensa-check-'));
  writeFileSync(join(dir, 'main.tf'), MAIN);
  return dir;
}

function ruleIds(args: string[]): string[] {
  const r = kensa(['scan', workspace(), '--format', 'json', '--fail-on', 'none', ...args]);
  assert.equal(r.code, 0, r.stderr);
  return [...new Set(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId) as string[])].sort();
}

test('kensa scan --check runs only the rules named or claiming the ids named; --skip-check all but those', () => {
  const all = ruleIds([]);
  assert.ok(all.includes('aws-s3-public-acl') && all.includes('aws-ec2-imdsv1-enabled') && all.includes('kensa-unused-suppression'), all.join(', '));
  assert.deepEqual(ruleIds(['--check', 'CKV_AWS_20']), ['aws-s3-public-acl']);
  assert.deepEqual(ruleIds(['--check', 'AVD-AWS-0092,aws-ec2-imdsv1-enabled']), ['aws-ec2-imdsv1-enabled', 'aws-s3-public-acl']);
  assert.deepEqual(ruleIds(['--check', 'aws-s3-no-public-access-with-acl', '--check', 'CKV_AWS_79']), ['aws-ec2-imdsv1-enabled', 'aws-s3-public-acl']);
  // the suppression of a rule that did not run is not "unused"
  const skipped = ruleIds(['--skip-check', 'AVD-AWS-0092,aws-ebs-volume-unencrypted']);
  assert.ok(!skipped.includes('aws-s3-public-acl') && skipped.includes('aws-ec2-imdsv1-enabled'), skipped.join(', '));
  assert.ok(!skipped.includes('kensa-unused-suppression'), skipped.join(', '));
  assert.deepEqual(ruleIds(['--check', 'CKV_AWS_20,CKV_AWS_79', '--skip-check', 'aws-ec2-imdsv1-enabled']), ['aws-s3-public-acl']);
});

test('kensa scan --check with an id nothing is or claims: a usage error, with the ids it is near', () => {
  const r = kensa(['scan', workspace(), '--check', 'CKV_AWS_2O']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--check: no rule is or claims "CKV_AWS_2O"; did you mean CKV_AWS_20, /);
  const far = kensa(['scan', workspace(), '--skip-check', 'nothing-like-it']);
  assert.equal(far.code, 2);
  assert.match(far.stderr, /--skip-check: no rule is or claims "nothing-like-it"\n/);
});
