/**
 * IAM action patterns as the policy readers match them: `*` and `?` wildcards, case-insensitive,
 * and linear in time whatever a workspace writes (a pattern comes from the user's policy).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coversAction } from './policy-document';

test('IAM action wildcards: * and ?, any case, regular expression characters taken literally', () => {
  assert.equal(coversAction(['s3:Get*'], 's3:GetObject'), true);
  assert.equal(coversAction(['S3:GETOBJECT'], 's3:GetObject'), true);
  assert.equal(coversAction(['ec2:?escribe*'], 'ec2:DescribeInstances'), true);
  assert.equal(coversAction(['s3:Get*'], 's3:PutObject'), false);
  assert.equal(coversAction(['s3:Get.bject'], 's3:GetObject'), false);
  assert.equal(coversAction(['*'], 'iam:PassRole'), true);
});

// with a backtracking RegExp this takes longer than the test's lifetime; RE2 answers at once
test('IAM action wildcards: a pattern of many stars matches in linear time', { timeout: 20_000 }, () => {
  const pattern = `${'*a'.repeat(40)}*b`;
  assert.equal(coversAction([pattern], 'a'.repeat(5000)), false);
});
