/** Fixes priced without evaluating again: literal replacements and insertions are substituted; anything else is declined. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateConfiguration, memoryHost, toJson } from './terraform';
import { instanceAfterEdits } from './what-if';

const TEXT = 'resource "aws_instance" "web" {\n  instance_type = "m5.large"\n\n  root_block_device {\n    volume_type = "gp2"\n  }\n}\n';
const web = () => evaluateConfiguration(memoryHost({ 'main.tf': TEXT }), '.').resources[0]!;

test('a literal replacement and a literal insertion in a nested block are substituted into the instance', () => {
  const r = web();
  const type = TEXT.indexOf('"m5.large"');
  const gp2 = TEXT.indexOf('"gp2"');
  const after = instanceAfterEdits(r, [
    { file: 'main.tf', start: type, end: type + 10, newText: '"m7g.large"' },
    { file: 'main.tf', start: gp2, end: gp2 + 5, newText: '"gp3"' },
    { file: 'main.tf', start: gp2 + 6, end: gp2 + 6, newText: '    throughput = 250\n' },
  ]);
  assert.ok(after);
  assert.equal(toJson(after.body.attributes.get('instance_type')!.value), 'm7g.large');
  assert.deepEqual(toJson(after.value), { instance_type: 'm7g.large', root_block_device: [{ volume_type: 'gp3', throughput: 250 }] });
  assert.equal(r.body.attributes.get('instance_type')!.value.kind, 'string', 'the original instance is unchanged');
  assert.equal(toJson(r.body.attributes.get('instance_type')!.value), 'm5.large');
});

test('edits that are not literal values are declined, for the caller to evaluate instead', () => {
  const r = web();
  const type = TEXT.indexOf('"m5.large"');
  assert.equal(instanceAfterEdits(r, [{ file: 'main.tf', start: type, end: type + 10, newText: 'var.size' }]), undefined);
  const end = TEXT.lastIndexOf('}');
  assert.equal(instanceAfterEdits(r, [{ file: 'main.tf', start: end, end, newText: '  metadata_options {\n    http_tokens = "required"\n  }\n' }]), undefined);
  assert.equal(instanceAfterEdits(r, [{ file: 'other.tf', start: 0, end: 0, newText: 'x = 1' }]), undefined);
});
