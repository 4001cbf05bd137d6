/**
 * One runner for every pricer: beside `resources/aws/<name>.ts` lie `<name>.tf` (a realistic fixture
 * covering the pricer's main options), optionally `<name>.usage.json` (usage quantities), and
 * `<name>.golden.txt`, the cost table Kensa prints for it, offline, from the embedded catalogue.
 * `UPDATE=1` rewrites the golden files: review them like code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../../test/support/paths';
import { evaluateConfiguration, memoryHost } from '../terraform';
import { estimateCost } from './estimate';
import { PRICER_GROUPS, PRICERS } from './resources';
import { FREE_TYPES } from './resources/free';
import { resourceCostText } from './table';

const DIR = fromRoot('src/cost/resources/aws');
const files = new Set(readdirSync(DIR));

function nameOf(resource: string): string {
  return resource.replace(/^aws_/, '').replace(/_/g, '-');
}

test('the pricer table is sorted, unique, and no priced type is also listed as free', () => {
  for (const [group, pricers] of Object.entries(PRICER_GROUPS)) {
    const t = pricers.map((p) => p.resource);
    assert.deepEqual(t, [...t].sort(), `resources/groups/${group}.ts lists its pricers sorted by resource type`);
  }
  const types = PRICERS.map((p) => p.resource);
  assert.equal(new Set(types).size, types.length);
  for (const t of types) assert.ok(!FREE_TYPES.has(t), `${t} is priced and listed as free`);
  for (const p of PRICERS) {
    assert.ok(files.has(`${nameOf(p.resource)}.tf`), `${p.resource}: fixture ${nameOf(p.resource)}.tf`);
    assert.ok(files.has(`${nameOf(p.resource)}.golden.txt`) || process.env.UPDATE, `${p.resource}: golden ${nameOf(p.resource)}.golden.txt`);
  }
});

for (const pricer of PRICERS) {
  const name = nameOf(pricer.resource);
  const tf = join(DIR, `${name}.tf`);
  if (!existsSync(tf)) continue;
  test(`${pricer.resource}: the cost table of ${name}.tf matches ${name}.golden.txt`, () => {
    const usagePath = join(DIR, `${name}.usage.json`);
    const usage = existsSync(usagePath) ? (JSON.parse(readFileSync(usagePath, 'utf8')) as Record<string, Record<string, number>>) : undefined;
    for (const [target, quantities] of Object.entries(usage ?? {})) {
      for (const key of Object.keys(quantities)) {
        const owner = target.includes('.') ? target.split('.')[0]!.replace(/\[.*$/, '') : target;
        if (owner === pricer.resource || target.startsWith(pricer.resource)) assert.ok(pricer.usage?.[key], `${key} in ${name}.usage.json is declared in the pricer's usage`);
      }
    }
    const ev = evaluateConfiguration(memoryHost({ 'main.tf': readFileSync(tf, 'utf8') }), '.');
    assert.deepEqual(ev.diagnostics.filter((d) => d.severity === 'error'), [], `${name}.tf evaluates without errors`);
    const estimate = estimateCost(ev, usage ? { usage } : {});
    const mine = estimate.resources.filter((r) => r.type === pricer.resource);
    assert.ok(mine.length > 0, `${name}.tf has ${pricer.resource} resources`);
    const text = mine.map(resourceCostText).join('\n\n') + '\n';
    const golden = join(DIR, `${name}.golden.txt`);
    if (process.env.UPDATE || !existsSync(golden)) writeFileSync(golden, text);
    assert.equal(text, readFileSync(golden, 'utf8'), `${name}.golden.txt (UPDATE=1 rewrites it)`);
    // every component names a catalogue key that exists somewhere, unless it is unknown or fixed-price
    for (const r of mine) for (const c of r.components) if (c.note?.startsWith('no price for') && !/dedicated/.test(c.priceKey ?? '')) assert.fail(`${r.address}: ${c.note}`);
  });
}
