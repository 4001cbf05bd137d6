/**
 * `kensa rules [ID]`: every rule with its severity, category and whether it has a fix; with a rule
 * id, the rule's documentation; with a Checkov or Trivy id, the documentation of the rules claiming
 * it. `kensa supported`: what this version checks and prices, as JSON.
 */
import { FREE_TYPES, PRICERS, pricesAsOf } from '../../cost';
import { lookupId, nearIds, RULES, SUPPRESSION_RULES, type IdTool, type Rule } from '../../policy';
import { UsageError, type Io } from '../output';
import type { Command } from '../command';

export function ruleDocText(r: Rule): string {
  const eq = r.equivalents;
  const lines = [
    `${r.id}: ${r.title}`,
    `severity: ${r.severity}   category: ${r.category}   fix: ${r.fix ?? 'none'}`,
    `applies to: ${r.targets.join(', ')}`,
    '',
    r.docs.why,
    '',
    `How to fix: ${r.docs.fix}`,
  ];
  const others = [...(eq?.checkov ?? []), ...(eq?.trivy ?? []), ...(eq?.tfsec ?? [])];
  if (others.length) lines.push('', `Equivalent checks: ${others.join(', ')}`);
  if (r.docs.links.length) lines.push('', ...r.docs.links.map((l) => `  ${l}`));
  lines.push('', `Suppress one place with "# kensa:ignore ${r.id} <reason>" on the line above the block or attribute.`);
  return lines.join('\n') + '\n';
}

const TOOL_NAMES: Record<IdTool, string> = { kensa: 'Kensa', checkov: 'Checkov', trivy: 'Trivy', tfsec: 'tfsec / Trivy' };

/** A rule as `kensa rules --format json` lists it. */
function ruleJson(r: Rule): Record<string, unknown> {
  return { id: r.id, title: r.title, severity: r.severity, category: r.category, fix: r.fix ?? null, targets: r.targets, equivalents: r.equivalents ?? {} };
}

/** "did you mean ...?" for an id nothing is or claims, or nothing. */
export function didYouMean(id: string): string {
  const near = nearIds(id, RULES);
  return near.length ? `; did you mean ${near.join(', ')}?` : '';
}

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'List the policy rules, or explain one',
  usage: 'kensa rules [ID] [--format text|json]',
  help: 'Without an id, lists every rule: id, severity, category, fix and title (as JSON also its target types and equivalent checks). With a rule id, prints its documentation: why it matters, how to fix it, equivalent Checkov and Trivy checks, and links. With a Checkov id (CKV_AWS_20), a Trivy id (AVD-AWS-0086) or a tfsec long id (aws-s3-block-public-acls), prints the documentation of each Kensa rule claiming that check.',
  options: { format: { type: 'string', default: 'text', description: 'text or json' } },
  run(args, io: Io): number {
    const format = args.values.format;
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${String(format)}"`);
    if (args.positionals.length > 1) throw new UsageError('kensa rules takes at most one id');
    const id = args.positionals[0];
    if (id) {
      const found = lookupId(id, RULES);
      if (!found) throw new UsageError(`no rule is or claims "${id}"${didYouMean(id)}`);
      const docJson = (r: Rule): Record<string, unknown> => ({ ...ruleJson(r), docs: r.docs });
      if (found.tool === 'kensa') {
        const rule = found.rules[0]!;
        if (format === 'json') io.out(JSON.stringify(docJson(rule), null, 2) + '\n');
        else io.out(ruleDocText(rule));
        return 0;
      }
      const ids = found.rules.map((r) => r.id);
      if (format === 'json') {
        io.out(JSON.stringify({ id, tool: found.tool, rules: found.rules.map(docJson) }, null, 2) + '\n');
        return 0;
      }
      io.out(`${TOOL_NAMES[found.tool]} check ${id} is claimed by ${ids.length === 1 ? 'the Kensa rule' : `${ids.length} Kensa rules:`} ${ids.join(', ')}.\n`);
      for (const r of found.rules) io.out(`\n${ruleDocText(r)}`);
      return 0;
    }
    if (format === 'json') {
      io.out(JSON.stringify(RULES.map(ruleJson), null, 2) + '\n');
      return 0;
    }
    const width = Math.max(...RULES.map((r) => r.id.length));
    for (const r of RULES) io.out(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.category.padEnd(11)}  ${(r.fix ?? '-').padEnd(6)}  ${r.title}\n`);
    io.out(`\n${RULES.length} rules, ${RULES.filter((r) => r.fix).length} with a fix. "kensa rules <id>" explains one.\n`);
    return 0;
  },
};

export const supportedCommand: Command = {
  name: 'supported',
  summary: 'What this version checks and prices',
  usage: 'kensa supported [--format json]',
  help: 'Prints, as JSON, every rule (id, title, severity, category, fix, target types, equivalent checks), the resource types Kensa prices, those it knows to be free, and the date of the prices.',
  options: { format: { type: 'string', default: 'json', description: 'json (the only format)' } },
  run(args, io: Io): number {
    if (args.values.format !== 'json') throw new UsageError(`--format must be json, not "${String(args.values.format)}"`);
    io.out(
      JSON.stringify(
        {
          rules: [
            ...RULES.map(ruleJson),
            ...Object.values(SUPPRESSION_RULES).map((s) => ({ id: s.id, title: s.title, severity: s.severity, category: 'governance', fix: null })),
          ],
          pricedTypes: PRICERS.map((p) => p.resource),
          freeTypes: [...FREE_TYPES].sort(),
          pricesAsOf: pricesAsOf(),
        },
        null,
        2,
      ) + '\n',
    );
    return 0;
  },
};
