/** What the fixture runner cannot show for aws-resource-missing-required-tags: it is silent unless tags are required, and unknown tags are not guessed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateConfiguration, memoryHost } from '../../../terraform';
import { runPolicy } from '../../engine';
import rule from './resource-missing-required-tags';

function messages(text: string, requiredTags?: string[]): string[] {
  const ev = evaluateConfiguration(memoryHost({ 'main.tf': text }), '.', { defaultRegion: 'us-east-1' });
  return runPolicy(ev, { rules: [rule], today: '2026-11-22', ...(requiredTags ? { config: { requiredTags } } : {}) }).map((f) => `${f.resourceAddress}: ${f.message}`);
}

const UNTAGGED = `
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
`;

test('no required tags configured: nothing is reported', () => {
  assert.deepEqual(messages(UNTAGGED), []);
  assert.deepEqual(messages(UNTAGGED, []), []);
});

test('each missing key is named; default_tags count as present', () => {
  const text = `
provider "aws" {
  default_tags {
    tags = { Owner = "platform" }
  }
}
${UNTAGGED}`;
  assert.deepEqual(messages(text, ['Owner', 'CostCenter', 'Env']), [
    `aws_sqs_queue.jobs: Missing required tags "CostCenter", "Env" (neither in tags nor in the provider's default_tags).`,
  ]);
  assert.deepEqual(messages(text, ['Owner']), []);
});

test('tags known only after apply are not guessed', () => {
  const text = `
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  tags = aws_sqs_queue.other.tags_all
}
resource "aws_sqs_queue" "other" {
  name = "other"
  tags = { Owner = "x", CostCenter = "y" }
}
`;
  assert.deepEqual(messages(text, ['Owner', 'CostCenter']), []);
});
