/**
 * One runner for the whole rule catalogue. Beside each rule `rules/aws/<name>.ts` lies
 * `<name>.tf`, a realistic fixture annotated with `# expect: <rule-id>` on the line above each place
 * a finding must start; every other place must stay silent. When the rule offers fixes,
 * `<name>.fixed.tf` is the fixture with every fix applied, and the fix contract is checked: the
 * result parses, the fixed findings are gone, no other finding appeared, applying the fixes again
 * changes nothing, and every comment survives. `UPDATE=1` writes the .fixed.tf files.
 * A rule that needs settings (required tags, say) reads them from `<name>.kensa.jsonc` beside it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../../test/support/paths';
import { parseHcl } from '../hcl';
import { applyEdits } from '../text';
import { evaluateConfiguration, memoryHost } from '../terraform';
import { parseConfig } from '../config';
import { runPolicy, type PolicyConfig } from './engine';
import type { Finding, Rule } from './rule';
import { RULE_GROUPS, RULES } from './rules';

const DIR = fromRoot('src/policy/rules/aws');
const TODAY = '2026-11-22';

function findingsFor(text: string, config?: PolicyConfig): Finding[] {
  const ev = evaluateConfiguration(memoryHost({ 'main.tf': text }), '.', { defaultRegion: 'us-east-1' });
  return runPolicy(ev, { rules: RULES, today: TODAY, ...(config ? { config } : {}) });
}

/** The settings of `<name>.kensa.jsonc` beside a fixture, if there is one. */
function settingsFor(name: string): PolicyConfig | undefined {
  const path = join(DIR, `${name}.kensa.jsonc`);
  if (!existsSync(path)) return undefined;
  const { config, diagnostics } = parseConfig(readFileSync(path, 'utf8'), path);
  assert.deepEqual(diagnostics, [], `${name}.kensa.jsonc is valid`);
  return config.policy;
}

/** Zero-based lines where `# expect:` annotations say a finding of `id` starts (the line below the comment). */
function expectedLines(text: string, id: string): number[] {
  const out: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /#\s*expect:\s*(.+)$/.exec(line);
    if (m && m[1]!.split(/[\s,]+/).includes(id)) out.push(i + 1);
  });
  return out;
}

function applyAll(text: string, findings: readonly Finding[]): string {
  // each finding's first fix; fixes of different findings never overlap in a fixture
  const edits = findings.flatMap((f) => f.fixes[0]?.edits ?? []);
  const unique = new Map(edits.map((e) => [`${e.start}:${e.end}:${e.newText}`, e]));
  return applyEdits(text, [...unique.values()]);
}

function commentsOf(text: string): string[] {
  return parseHcl(text, 'main.tf').comments.map((c) => text.slice(c.start, c.end));
}

const files = new Set(readdirSync(DIR));

test('every rule has an id, docs and a fixture, and the catalogue is sorted with unique ids', () => {
  for (const [group, rules] of Object.entries(RULE_GROUPS)) {
    const ids = rules.map((r) => r.id);
    assert.deepEqual(ids, [...ids].sort(), `rules/groups/${group}.ts lists its rules sorted by id`);
  }
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const rule of RULES) {
    assert.ok(files.has(`${fixtureName(rule)}.tf`), `${rule.id}: fixture ${fixtureName(rule)}.tf`);
    if (rule.fix) assert.ok(files.has(`${fixtureName(rule)}.fixed.tf`), `${rule.id}: offers fixes, so ${fixtureName(rule)}.fixed.tf must exist`);
  }
});

/** `aws-s3-public-acl` lives in `s3-public-acl.ts` with `s3-public-acl.tf`. */
function fixtureName(rule: Rule): string {
  return rule.id.replace(/^aws-/, '');
}

for (const rule of RULES) {
  const name = fixtureName(rule);
  const fixturePath = join(DIR, `${name}.tf`);
  if (!existsSync(fixturePath)) continue;
  const text = readFileSync(fixturePath, 'utf8');
  const settings = settingsFor(name);

  test(`${rule.id}: finds exactly the annotated places in ${name}.tf`, () => {
    const expected = expectedLines(text, rule.id);
    assert.ok(expected.length > 0, `${name}.tf must have at least one "# expect: ${rule.id}" (a triggering case)`);
    // "could not decide" notes (ctx.undecided) are not findings of the pattern; info-level rules' findings are
    const findings = findingsFor(text, settings).filter((f) => f.ruleId === rule.id && !f.message.startsWith('Could not check "'));
    const actual = [...new Set(findings.map((f) => f.range.start.line))].sort((a, b) => a - b);
    assert.deepEqual(actual, expected, `lines (zero-based) with a ${rule.id} finding`);
    for (const f of findings) assert.equal(f.file, 'main.tf');
    // a fixture also has a non-triggering case: a resource of a target type without a finding
    const ev = evaluateConfiguration(memoryHost({ 'main.tf': text }), '.', { defaultRegion: 'us-east-1' });
    const flagged = new Set(findings.map((f) => f.resourceAddress));
    const candidates = [
      ...ev.resources.map((r) => ({ type: r.mode === 'data' ? `data.${r.type}` : r.type, address: r.address })),
      ...ev.root.configBlocks.map((c) => ({ type: c.kind === 'provider' ? `provider.${c.name.split('.')[0]}` : 'variable', address: c.kind === 'provider' ? `provider.${c.name}` : `var.${c.name}` })),
    ];
    const targets = candidates.filter((r) => rule.targets.includes(r.type));
    assert.ok(targets.some((r) => !flagged.has(r.address)), `${name}.tf needs a resource of type ${rule.targets.join(' or ')} that does not trigger ${rule.id}`);
  });

  if (!rule.fix) continue;
  test(`${rule.id}: fixes hold their contract on ${name}.tf`, () => {
    const before = findingsFor(text, settings);
    const mine = before.filter((f) => f.ruleId === rule.id);
    const fixable = mine.filter((f) => f.fixes.length > 0);
    assert.ok(fixable.length > 0, `${rule.id} declares fixes but offers none on its fixture`);
    for (const f of fixable) for (const x of f.fixes) assert.equal(x.applicability, rule.fix);
    const fixed = applyAll(text, fixable);
    const fixedPath = join(DIR, `${name}.fixed.tf`);
    if (process.env.UPDATE || !existsSync(fixedPath)) writeFileSync(fixedPath, fixed);
    assert.equal(fixed, readFileSync(fixedPath, 'utf8'), `${name}.fixed.tf is the fixture with every fix applied (UPDATE=1 rewrites it)`);
    assert.deepEqual(parseHcl(fixed, 'main.tf').diagnostics, [], 'the fixed file parses');
    const after = findingsFor(fixed, settings);
    const mineAfter = after.filter((f) => f.ruleId === rule.id);
    assert.equal(mineAfter.length, mine.length - fixable.length, 'every fixed finding is gone; unfixable ones remain');
    assert.ok(mineAfter.every((f) => f.fixes.length === 0), 'applying the fixes again changes nothing');
    const others = (fs: Finding[]): string[] => fs.filter((f) => f.ruleId !== rule.id).map((f) => f.ruleId).sort();
    const appeared = others(after).filter((id) => !others(before).includes(id));
    assert.deepEqual(appeared, [], 'no other finding appeared');
    for (const c of commentsOf(text)) assert.ok(fixed.includes(c), `the comment ${JSON.stringify(c)} survives`);
  });
}
