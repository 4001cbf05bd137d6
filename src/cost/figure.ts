/** A resource's cost as one figure of text. Imports no pricer nor the catalogue: the editor's thread and the Markdown use it alone. */
import type { ResourceCost } from './estimate';
import { money } from './money';

/**
 * A resource's monthly figure as text: "$12.00", "$12.00 + unknown", "unknown" (nothing known),
 * "per instance $12.00, count unknown". Never "$0" for a cost that is not known.
 */
export function costFigure(r: ResourceCost): string {
  const known = r.components.reduce((a, c) => a + (c.monthlyCost ?? 0), 0);
  const each = r.unknownComponents === 0 ? money(known) : known > 0 ? `${money(known)} + unknown` : 'unknown';
  return r.countUnknown ? `per instance ${each}, count unknown` : each;
}
