/** Dollar amounts as Kensa prints them everywhere (CLI, editor, reports). No imports: the editor's thread loads it alone. */

export function money(n: number): string {
  if (n === 0) return '$0';
  if (Math.abs(n) >= 0.01) return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  // tiny unit prices: enough significant digits to be useful
  return `$${Number(n.toPrecision(3)).toString()}`;
}

/** A unit price: enough digits to tell $0.096 from $0.10, at least two decimals. */
export function unitMoney(n: number): string {
  if (n === 0) return '$0';
  // four significant digits, never in exponent notation ($0.00000003086, not $3.086e-8)
  const digits = Math.min(20, Math.max(2, 3 - Math.floor(Math.log10(Math.abs(n)))));
  const s = Number(n.toPrecision(4)).toFixed(digits).replace(/0+$/, '').replace(/\.$/, '');
  const [whole, frac = ''] = s.split('.');
  return `$${whole}.${frac.padEnd(2, '0')}`;
}
