/**
 * `kensa rules [RULE_ID]`: every rule with its severity, category and whether it has a fix; with an
 * id, the rule's documentation. `kensa supported`: what this version checks and prices, as JSON.
 */
import { FREE_TYPES, PRICERS, pricesAsOf } from '../../cost';
import { RULES, SUPPRESSION_RULES, type Rule } from '../../policy';
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

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'List the policy rules, or explain one',
  usage: 'kensa rules [RULE_ID] [--format text|json]',
  help: 'Without an id, lists every rule: id, severity, category, fix and title. With an id, prints its documentation: why it matters, how to fix it, equivalent Checkov and Trivy checks, and links.',
  options: { format: { type: 'string', default: 'text', description: 'text or json' } },
  run(args, io: Io): number {
    const format = args.values.format;
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${String(format)}"`);
    if (args.positionals.length > 1) throw new UsageError('kensa rules takes at most one rule id');
    const id = args.positionals[0];
    if (id) {
      const rule = RULES.find((r) => r.id === id);
      if (!rule) {
        const near = RULES.filter((r) => r.id.includes(id) || id.includes(r.id.replace(/^aws-/, ''))).map((r) => r.id);
        throw new UsageError(`there is no rule "${id}"${near.length ? `; did you mean ${near.slice(0, 5).join(', ')}?` : ''}`);
      }
      if (format === 'json') io.out(JSON.stringify({ id: rule.id, title: rule.title, severity: rule.severity, category: rule.category, fix: rule.fix ?? null, targets: rule.targets, docs: rule.docs, equivalents: rule.equivalents ?? {} }, null, 2) + '\n');
      else io.out(ruleDocText(rule));
      return 0;
    }
    if (format === 'json') {
      io.out(JSON.stringify(RULES.map((r) => ({ id: r.id, title: r.title, severity: r.severity, category: r.category, fix: r.fix ?? null })), null, 2) + '\n');
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
  help: 'Prints, as JSON, every rule (id, title, severity, category, fix), the resource types Kensa prices, those it knows to be free, and the date of the prices.',
  options: { format: { type: 'string', default: 'json', description: 'json (the only format)' } },
  run(args, io: Io): number {
    if (args.values.format !== 'json') throw new UsageError(`--format must be json, not "${String(args.values.format)}"`);
    io.out(
      JSON.stringify(
        {
          rules: [
            ...RULES.map((r) => ({ id: r.id, title: r.title, severity: r.severity, category: r.category, fix: r.fix ?? null })),
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
