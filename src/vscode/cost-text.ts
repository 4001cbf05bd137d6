/**
 * How a resource's price reads in the editor: the CodeLens title ("$73.58/mo", "usage-based",
 * "unknown: count") and the hover's table of components. Several instances of one block (count,
 * for_each) are summed. No vscode import: the titles are plain text, unit-tested.
 */
import { costFigure, money, unitMoney, type ResourceCost } from '../cost';

/** The CodeLens title for the instances of one resource block. */
export function costLensTitle(instances: readonly ResourceCost[]): string {
  if (instances.some((r) => r.countUnknown)) return 'unknown: count';
  const total = instances.reduce((a, r) => a + (r.monthlyCost ?? 0), 0);
  const usage = instances.some((r) => r.usageBasedComponents > 0);
  const unknown = instances.some((r) => r.unknownComponents > 0);
  if (total === 0 && unknown) return 'unknown';
  if (total === 0 && usage) return 'usage-based';
  const each = instances.length > 1 ? ` (${instances.length} × ${money(total / instances.length)})` : '';
  return `${money(total)}/mo${each}${usage ? ' + usage' : ''}${unknown ? ' + unknown' : ''}`;
}

/** A module call's lens: the total of every priced resource its instances create. */
export function moduleLensTitle(resources: readonly ResourceCost[]): string {
  if (resources.length === 0) return 'module: nothing priced';
  if (resources.some((r) => r.countUnknown)) return 'module: unknown: count';
  const total = resources.reduce((a, r) => a + (r.monthlyCost ?? 0), 0);
  const usage = resources.some((r) => r.usageBasedComponents > 0);
  const unknown = resources.filter((r) => r.unknownComponents > 0).length;
  if (total === 0 && unknown) return `module: unknown (${unknown} resource${unknown === 1 ? '' : 's'})`;
  return `module: ${money(total)}/mo${usage ? ' + usage' : ''}${unknown ? ` + unknown (${unknown} resource${unknown === 1 ? '' : 's'})` : ''}`;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function quantity(n: number | null): string {
  if (n === null) return '–';
  return n.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/**
 * Markdown: per instance, its components with quantity, unit price and monthly cost; with
 * `setUsageLink` (a command link), a "Set usage…" link under the table.
 */
export function costHoverMarkdown(instances: readonly ResourceCost[], pricesAsOf: string, setUsageLink?: string): string {
  const out: string[] = [];
  for (const r of instances) {
    const total = r.countUnknown ? `count unknown (${r.countUnknown})` : r.unknownComponents ? costFigure(r) : money(r.monthlyCost ?? 0) + '/mo';
    out.push(`**${cell(r.address)}** (${r.region}): ${cell(total)}`, '');
    out.push('| Component | Quantity | Unit price | Monthly |', '|---|---:|---:|---:|');
    for (const c of r.components) {
      const cost = c.monthlyCost === null ? (c.usageBased ? 'usage-based' : 'unknown') : money(c.monthlyCost);
      out.push(`| ${cell(c.name)} | ${quantity(c.monthlyQuantity)} ${cell(c.unit)} | ${c.unitPrice === null ? '–' : unitMoney(c.unitPrice)} | ${cost} |`);
    }
    const notes = r.components.filter((c) => c.note).map((c) => `- ${cell(c.name)}: ${cell(c.note!)}`);
    if (notes.length) out.push('', ...notes);
    out.push('');
  }
  if (setUsageLink) out.push(`[Set usage…](${setUsageLink} "Set a usage quantity of this resource in kensa.jsonc")`, '');
  out.push(`_AWS list prices as of ${pricesAsOf}, 730 hours a month._`);
  return out.join('\n');
}
