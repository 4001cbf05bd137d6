/**
 * The builder's working set: price key → region (or `*` for a global price) → price and the source it
 * came from. Layers are applied in rising precedence, so a later `set` for the same key and region
 * replaces the earlier one. Within one source, two different prices for the same cell are a conflict:
 * the first is kept and the conflict reported, because it means a label rule is ambiguous.
 */
import { priceKeyFamily } from '../../src/cost/catalogue-keys';

/** The region of a price that is the same everywhere (Route 53 zones, CloudFront). */
export const GLOBAL = '*';

/** One cell of the table. */
export interface PriceCell {
  readonly price: number;
  readonly source: string;
  /** The source's date for this cell (offer files carry their own). */
  readonly asOf: string;
}

/** The working set of the builder. */
export class PriceTable {
  readonly cells = new Map<string, Map<string, PriceCell>>();
  readonly conflicts: string[] = [];

  /** Records a price; see the class comment for precedence. Throws on a key outside the vocabulary. */
  set(key: string, region: string, price: number, source: string, asOf: string): void {
    if (!priceKeyFamily(key)) throw new Error(`price key outside the documented vocabulary: ${key}`);
    if (!Number.isFinite(price) || price < 0) throw new Error(`bad price for ${key} in ${region}: ${price}`);
    let byRegion = this.cells.get(key);
    if (!byRegion) this.cells.set(key, (byRegion = new Map()));
    const old = byRegion.get(region);
    if (old && old.source === source && old.price !== price) {
      this.conflicts.push(`${key} ${region}: ${old.price} and ${price} from ${source}`);
      return;
    }
    byRegion.set(region, { price, source, asOf });
  }

  /** Drops a cell (a price that turned out to be ambiguous). */
  remove(key: string, region: string): void {
    const byRegion = this.cells.get(key);
    byRegion?.delete(region);
    if (byRegion?.size === 0) this.cells.delete(key);
  }

  get(key: string, region: string): PriceCell | undefined {
    return this.cells.get(key)?.get(region);
  }

  /** Every key, sorted. */
  keys(): string[] {
    return [...this.cells.keys()].sort();
  }
}

/** Parses a feed's decimal string; feeds write USD per single unit with up to 10 decimals. */
export function parsePrice(text: string | number): number {
  const value = typeof text === 'number' ? text : Number(text.trim());
  if (!Number.isFinite(value)) throw new Error(`not a price: ${String(text)}`);
  return value;
}

/**
 * A price divided by a unit conversion, cleaned of binary floating-point noise (40.96 / 1024 is 0.04,
 * not 0.04000000000000001). Twelve significant digits is far below any published price's precision.
 */
export function scaled(price: number, divisor: number): number {
  return Number((price / divisor).toPrecision(12));
}
