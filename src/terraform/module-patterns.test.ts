/**
 * Configurations written the way the widely used public modules are written (terraform-aws-modules'
 * count chains and try() fallbacks, maps of node groups with optional attributes, a label module's
 * context object full of nulls, tables of named rules, module calls with for_each and null inputs,
 * data sources and moved blocks), each in testdata/module-patterns/<name>/. Every one is valid
 * Terraform: it must evaluate with no error, into exactly the resource instances Terraform would
 * plan, with the values beside them. `expected.txt` in each folder holds that plan (instances with
 * their attributes, then every diagnostic); `UPDATE=1` rewrites it, to be read before committing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromRoot } from '../../test/support/paths';
import { evaluateConfiguration } from './evaluate';
import { memoryHost } from './host';
import { toJson } from './value';

const DIR = fromRoot('src/terraform/testdata/module-patterns');

function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.tf')) out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function planOf(dir: string): { text: string; errors: string[] } {
  const ev = evaluateConfiguration(memoryHost(filesOf(dir)), '.', { defaultRegion: 'eu-west-1' });
  const lines: string[] = [];
  for (const r of ev.resources) {
    const attrs: Record<string, unknown> = {};
    for (const [k, a] of r.body.attributes) attrs[k] = toJson(a.value);
    const blocks = r.body.blocks.map((b) => b.type);
    lines.push(`${r.address}  ${JSON.stringify(attrs)}${blocks.length ? `  blocks: ${blocks.join(', ')}` : ''}`);
  }
  lines.push('');
  const diagnostics = ev.diagnostics.map((d) => `${d.severity} ${d.file}:${d.range.start.line + 1}:${d.range.start.column + 1} ${d.summary}: ${d.detail ?? ''}`);
  lines.push(...(diagnostics.length ? diagnostics : ['no diagnostics']));
  return { text: lines.join('\n') + '\n', errors: diagnostics.filter((d) => d.startsWith('error')) };
}

const names = readdirSync(DIR).filter((n) => statSync(join(DIR, n)).isDirectory()).sort();

test('the module patterns are all there', () => {
  assert.deepEqual(names, ['labelled-context', 'moved-and-data', 'network-count', 'node-groups', 'rules-tables']);
});

for (const name of names) {
  test(`module pattern ${name}: no configuration error, and the instances Terraform would plan`, () => {
    const { text, errors } = planOf(join(DIR, name));
    assert.deepEqual(errors, [], 'valid Terraform gets no error');
    const expectedPath = join(DIR, name, 'expected.txt');
    if (process.env.UPDATE === '1') writeFileSync(expectedPath, text);
    assert.ok(existsSync(expectedPath), `${name}/expected.txt is missing: run with UPDATE=1 and read it`);
    assert.equal(text, readFileSync(expectedPath, 'utf8'));
  });
}
