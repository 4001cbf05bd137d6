import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EvalCache, evaluateConfiguration, memoryHost, overlayHost } from '../src/terraform/index';
import { editedMarker, editMarker, generateWorkspace } from './workspace';

// The bench refuses a workspace that evaluates with errors; checking here catches a broken template
// (or an evaluator regression on realistic input) in `npm test` rather than at bench time.
const ws = generateWorkspace(20240611);

test('the workspace is deterministic for a seed and differs across seeds', () => {
  assert.deepEqual(generateWorkspace(20240611).files, ws.files);
  assert.notDeepEqual(generateWorkspace(1).files, ws.files);
});

test('the workspace has 1,000 .tf files in 100 modules of 10, and a terraform.tfvars', () => {
  const paths = Object.keys(ws.files);
  assert.equal(paths.filter((p) => p.endsWith('.tf')).length, 1000);
  assert.deepEqual(paths.filter((p) => !p.endsWith('.tf')), ['terraform.tfvars']);
  assert.equal(ws.moduleDirs.length, 100);
  for (const dir of ws.moduleDirs) {
    const inDir = paths.filter((p) => p.endsWith('.tf') && (dir === '.' ? !p.includes('/') : p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/')));
    assert.equal(inDir.length, 10, dir);
  }
});

test('the workspace evaluates without diagnostics, expanding modules and resources', () => {
  const ev = evaluateConfiguration(memoryHost(ws.files), ws.rootDir);
  assert.deepEqual(ev.diagnostics.map((d) => `${d.file}:${d.range.start.line + 1}: ${d.severity}: ${d.summary}`), []);
  const addresses = ev.resources.map((r) => r.address);
  assert.ok(addresses.length > 3000, `${addresses.length} resource instances`);
  assert.ok(addresses.some((a) => /^module\.\w+\[1\]\.module\./.test(a)), 'a module expanded with count');
  assert.ok(addresses.some((a) => /^module\.\w+\["[a-c]"\]\.module\./.test(a)), 'a module expanded with for_each');
  assert.ok(addresses.some((a) => a.split('module.').length === 4), 'modules three levels deep');
});

test('an edit of the marked attribute is seen through a warm cache and re-evaluates part of the tree', () => {
  const host = memoryHost(ws.files);
  const cache = new EvalCache();
  evaluateConfiguration(host, ws.rootDir, { cache });
  const total = cache.evaluatedLastRun;
  for (const file of [ws.leafEditFile, ws.rootEditFile]) {
    const text = ws.files[file]!;
    assert.equal(text.split(editMarker).length, 2, file);
    const edited = overlayHost(host, new Map([[file, text.replace(editMarker, editedMarker(3))]]));
    const ev = evaluateConfiguration(edited, ws.rootDir, { cache });
    assert.ok(cache.evaluatedLastRun > 0 && cache.evaluatedLastRun < total, `${file}: ${cache.evaluatedLastRun} of ${total}`);
    const groups = ev.resources.filter((r) => r.file === file && r.type === 'aws_security_group');
    assert.ok(groups.length > 0);
    for (const g of groups) {
      const v = g.body.attributes.get('description')?.value;
      assert.equal(v?.kind === 'string' ? v.value : undefined, 'Managed by Terraform (rev 3)', g.address);
    }
  }
});
