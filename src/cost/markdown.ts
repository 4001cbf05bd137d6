/**
 * An estimate as Markdown for a pull request or a chat. Imports no pricer nor the catalogue, so the
 * editor's thread renders it without loading the engine.
 */
import type { Estimate } from './estimate';
import { costFigure } from './figure';
import { money } from './money';

/** Estimates as a Markdown table for a pull request or a chat, as `kensa cost --format markdown` prints it. */
export function estimateMarkdown(estimates: readonly { dir: string; estimate: Estimate }[], asOf = estimates[0]?.estimate.pricesAsOf): string {
  const total = estimates.reduce((a, e) => a + e.estimate.totalMonthlyCost, 0);
  const left = estimates.reduce((a, e) => a + e.estimate.usageBasedComponents + e.estimate.unknownComponents, 0);
  const lines = [`## Kensa cost estimate`, '', `**${money(total)} per month**${left ? ` (not counting ${left} usage-based or unknown component${left === 1 ? '' : 's'})` : ''}`, ''];
  lines.push('| Resource | Monthly cost | Notes |', '|---|---:|---|');
  for (const e of estimates) {
    for (const r of e.estimate.resources) {
      const notes = [r.unknown ? `unknown: ${r.unknown}` : '', r.usageBasedComponents ? `${r.usageBasedComponents} usage-based` : ''].filter(Boolean).join('; ');
      lines.push(`| \`${r.address}\` | ${costFigure(r)} | ${notes.replace(/\|/g, '\\|')} |`);
    }
  }
  const unsupported = estimates.flatMap((e) => e.estimate.unsupported);
  if (unsupported.length) lines.push('', `Not priced: ${unsupported.map((u) => `\`${u.address}\``).join(', ')}`);
  lines.push('', `${asOf ? `Prices as of ${asOf}, ` : ''}AWS public list prices in USD, 730 hours a month.`);
  return lines.join('\n') + '\n';
}
