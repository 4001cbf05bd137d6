/**
 * An estimate as a plain-text table, as `kensa cost` prints it and as the pricers' golden files
 * hold it: each resource with its components (quantity, unit, unit price, monthly cost), usage-based
 * and unknown lines marked, then the total, what is left out of it, and the prices' date.
 */
import type { Estimate, ResourceCost } from './estimate';
import { costFigure } from './figure';
import { money, unitMoney } from './money';

function quantity(n: number | null): string {
  if (n === null) return '-';
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function lpad(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

export function resourceCostText(r: ResourceCost): string {
  const head = `${r.address} (${r.region})`;
  const total = costFigure(r);
  const lines = [`${pad(head, 78)} ${lpad(total, 12)}`];
  for (const c of r.components) {
    const cost = c.monthlyCost === null ? (c.usageBased ? 'usage-based' : 'unknown') : money(c.monthlyCost);
    lines.push(`  ${pad(c.name, 48)} ${lpad(quantity(c.monthlyQuantity), 10)} ${pad(c.unit, 13)} ${lpad(c.unitPrice === null ? '-' : unitMoney(c.unitPrice), 11)} ${lpad(cost, 12)}`);
    if (c.note) lines.push(`      ${c.note}`);
  }
  return lines.join('\n');
}

export function estimateText(e: Estimate): string {
  const out: string[] = [];
  for (const r of e.resources) out.push(resourceCostText(r), '');
  const left = e.usageBasedComponents + e.unknownComponents;
  out.push(`Total monthly cost: ${money(e.totalMonthlyCost)}${left ? ` (not counting ${left} usage-based or unknown component${left === 1 ? '' : 's'})` : ''}`);
  if (e.modules.length > 1) {
    out.push('', 'By module:');
    for (const m of e.modules) out.push(`  ${pad(m.address || '(root module, with the modules it calls)', 60)} ${lpad(money(m.monthlyCost), 12)}`);
  }
  const unknown = e.resources.filter((r) => r.unknown);
  if (unknown.length) {
    out.push('', `Unknown cost (not in the total): ${unknown.length} resource${unknown.length === 1 ? '' : 's'}`);
    for (const r of unknown) out.push(`  ${r.address}: ${r.unknown}`);
  }
  if (e.unsupported.length) out.push('', `Not priced (unsupported): ${e.unsupported.map((u) => u.address).join(', ')}`);
  if (e.free.length) out.push(`Free: ${e.free.length} resource${e.free.length === 1 ? '' : 's'} (${[...new Set(e.free.map((f) => f.type))].sort().join(', ')})`);
  out.push('', 'Assumptions:', ...e.assumptions.map((a) => `  - ${a}`), `Prices as of ${e.pricesAsOf} (AWS public list prices).`);
  return out.join('\n') + '\n';
}
