/**
 * Every Trivy check a rule claims as its equivalent, tried on Trivy's own examples: the good and bad
 * Terraform of ../shared/conformance/trivy-aws (one folder per check long id, index.json with the
 * AVD ids). Each example is analysed as `kensa scan` would (a memory host, the full catalogue); every
 * bad example must get a finding of a rule claiming the check, no good example may get one. A claim
 * is a promise: `#trivy:ignore:` and `#tfsec:ignore:` comments map through it. Prints the table of
 * claimed checks. The examples are found at $KENSA_TRIVY_CONFORMANCE, else shared/ beside the
 * repository, else shared/ beside the local repository this one was cloned from; a missing folder
 * fails the test rather than skipping it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedFolder } from '../../test/support/paths';
import { DEFAULT_CONFIG } from '../config';
import { analyze } from '../engine';
import { memoryHost } from '../terraform';
import { claims } from './peer-ids';
import { RULES } from './rules';
import type { Rule } from './rule';

interface Check {
  readonly avd_id: string;
  readonly long_id: string;
  readonly dir: string;
}


const DATA = sharedFolder('KENSA_TRIVY_CONFORMANCE', 'conformance', 'trivy-aws');
const TODAY = '2026-11-22';

/**
 * The rules claiming a check, as suppressions see them: by AVD id (`trivy`), or by its long id in
 * `tfsec` (Trivy's `aws-apigateway-...` is tfsec's `aws-api-gateway-...`).
 */
function claimants(check: Check): Rule[] {
  return RULES.filter((r) => claims(r, 'trivy', check.avd_id) || claims(r, 'tfsec', check.long_id));
}

/** The rule ids with a finding on one example, analysed as `kensa scan` does. */
function findingRules(text: string): Set<string> {
  const analysis = analyze(memoryHost({ 'main.tf': text }), '.', { config: DEFAULT_CONFIG, today: TODAY, savings: false });
  // a "could not check" note is not a finding of the pattern
  return new Set(analysis.findings.filter((f) => !f.message.startsWith('Could not check "')).map((f) => f.ruleId));
}

test('Trivy conformance: every claimed check agrees with Trivy on its own good and bad examples', () => {
  assert.ok(existsSync(join(DATA, 'index.json')), `the Trivy examples are not at ${DATA} (set KENSA_TRIVY_CONFORMANCE to their folder)`);
  const checks = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as Check[];
  const rows: string[][] = [];
  const problems: string[] = [];
  let claimedWithExamples = 0;
  for (const check of [...checks].sort((a, b) => (a.avd_id < b.avd_id ? -1 : 1))) {
    const claiming = claimants(check);
    if (claiming.length === 0) continue;
    claimedWithExamples++;
    const ids = new Set(claiming.map((r) => r.id));
    const examples = readdirSync(join(DATA, check.dir)).filter((f) => /^(good|bad)-\d+\.tf$/.test(f)).sort();
    let bad = 0;
    let badCaught = 0;
    let good = 0;
    let goodClean = 0;
    for (const name of examples) {
      const found = [...findingRules(readFileSync(join(DATA, check.dir, name), 'utf8'))].filter((id) => ids.has(id));
      if (name.startsWith('bad')) {
        bad++;
        if (found.length) badCaught++;
        else problems.push(`${check.avd_id} ${check.long_id}/${name}: no finding of ${[...ids].join(', ')}`);
      } else {
        good++;
        if (!found.length) goodClean++;
        else problems.push(`${check.avd_id} ${check.long_id}/${name}: flagged by ${found.join(', ')}`);
      }
    }
    rows.push([check.avd_id, check.long_id, [...ids].join(', '), `${badCaught}/${bad}`, `${goodClean}/${good}`]);
  }
  const withExamples = new Set(checks.map((c) => c.avd_id));
  const withoutExamples = [...new Set(RULES.flatMap((r) => r.equivalents?.trivy ?? []))].filter((id) => !withExamples.has(id)).sort();
  const header = ['Trivy id', 'long id', 'claimed by', 'bad caught', 'good clean'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(
    [
      line(header),
      ...rows.map(line),
      '',
      `${claimedWithExamples} claimed checks with examples, ${rows.filter((r) => !problems.some((p) => p.startsWith(`${r[0]} `))).length} agreeing.`,
      `Claimed without examples here: ${withoutExamples.join(', ') || 'none'}.`,
    ].join('\n'),
  );
  assert.deepEqual(problems, [], 'every bad example caught by a rule claiming its check, no good example flagged by one');
});
