/**
 * Usage quantities from kensa.jsonc by address pattern: `*` spans any text, other characters are
 * literal, and matching is linear in time whatever the pattern (kensa.jsonc comes with the workspace).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateConfiguration, memoryHost } from '../terraform';
import { usageFor } from './estimate';

const ev = evaluateConfiguration(
  memoryHost({ 'main.tf': 'module "workers" {\n  source = "./w"\n}\n', 'w/main.tf': `resource "aws_lambda_function" "${'e'.repeat(3000)}" {\n  function_name = "f"\n}\n` }),
  '.',
);
const fn = ev.resources[0]!;

test('usage by pattern: module globs match, regular expression characters are literal', () => {
  assert.equal(usageFor({ 'module.workers.*': { monthly_requests: 5 } }, fn, 'monthly_requests'), 5);
  assert.equal(usageFor({ 'module.w.rkers.*': { monthly_requests: 5 } }, fn, 'monthly_requests'), undefined);
  assert.equal(usageFor({ 'aws_lambda_function': { monthly_requests: 7 } }, fn, 'monthly_requests'), 7);
});

// with a backtracking RegExp this pattern against a long address takes longer than the test's lifetime
test('usage by pattern: a pattern of many stars matches in linear time', { timeout: 20_000 }, () => {
  assert.equal(usageFor({ [`${'*e'.repeat(40)}*Z`]: { monthly_requests: 1 } }, fn, 'monthly_requests'), undefined);
});
