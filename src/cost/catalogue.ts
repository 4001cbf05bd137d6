/**
 * The embedded AWS price catalogue: list prices by documented key (catalogue-keys.ts) and region.
 *
 * Contract:
 * - A price is USD per one unit of the key family's unit, exactly as published (no rounding).
 * - A key that is not priced in a region is `undefined`, never 0. A zero is a published zero.
 * - Global prices (Route 53, CloudFront) answer for every region.
 * - Every answer carries its date (`asOf`) and the id of its source (see `catalogueSources()`).
 * - The catalogue (about 1 MB of JSON) is parsed on the first lookup, not when this module loads, so
 *   activating the extension costs nothing until an estimate is asked for.
 */
import type { CatalogueJson, CatalogueSource } from './catalogue-format';
import { priceKeyFamily, serviceOfKey } from './catalogue-keys';

/** One price. */
export interface PriceQuote {
  readonly price: number;
  /** The key family's unit, e.g. `hour`, `GB-month`, `request`. */
  readonly unit: string;
  /** When the price was published or captured, YYYY-MM-DD. */
  readonly asOf: string;
  /** The catalogue source id. */
  readonly source: string;
}

/** One tier of a tiered price: it applies to quantities from `from` up to `to` (exclusive; no `to` = no limit). */
export interface PriceTier extends PriceQuote {
  readonly from: number;
  readonly to?: number;
}

/** A loaded catalogue. The module functions below use the embedded one. */
export interface Catalogue {
  priceOf(key: string, region: string): PriceQuote | undefined;
  tiersOf(keyPrefix: string, region: string): PriceTier[];
  pricesAsOf(service?: string): string;
  regions(): readonly string[];
  keys(): string[];
  sources(): Readonly<Record<string, CatalogueSource>>;
}

interface Entry {
  readonly source: string;
  readonly asOf: string;
  readonly row: number | readonly (number | null)[];
}

/** Wraps a catalogue file's content in the lookup API. */
export function createCatalogue(json: CatalogueJson): Catalogue {
  const regionIndex = new Map(json.regions.map((r, i) => [r, i]));
  const entries = new Map<string, Entry[]>();
  for (const service of Object.values(json.services)) {
    for (const part of service.parts) {
      for (const [key, row] of Object.entries(part.prices)) {
        const list = entries.get(key) ?? [];
        list.push({ source: part.source, asOf: part.asOf, row });
        entries.set(key, list);
      }
    }
  }
  const sortedKeys = [...entries.keys()].sort();

  function priceOf(key: string, region: string): PriceQuote | undefined {
    const list = entries.get(key);
    if (!list) return undefined;
    const index = regionIndex.get(region);
    for (const entry of list) {
      const price = typeof entry.row === 'number' ? entry.row : index === undefined ? null : entry.row[index];
      if (price === null || price === undefined) continue;
      const unit = priceKeyFamily(key)?.unit ?? 'unit';
      return { price, unit, asOf: entry.asOf, source: entry.source };
    }
    return undefined;
  }

  // tier keys by their prefix, found once: `s3.storage/standard` -> [[0, key], [51200, key], ...]
  const tierKeys = new Map<string, [number, string][]>();
  for (const key of sortedKeys) {
    const slash = key.lastIndexOf('/');
    const rest = key.slice(slash + 1);
    if (slash < 0 || !/^(?:0|[1-9][0-9]*)$/.test(rest)) continue;
    const prefix = key.slice(0, slash + 1);
    const list = tierKeys.get(prefix) ?? [];
    list.push([Number(rest), key]);
    tierKeys.set(prefix, list);
  }

  function tiersOf(keyPrefix: string, region: string): PriceTier[] {
    const prefix = keyPrefix.endsWith('/') ? keyPrefix : `${keyPrefix}/`;
    const tiers: { from: number; quote: PriceQuote }[] = [];
    for (const [from, key] of tierKeys.get(prefix) ?? []) {
      const quote = priceOf(key, region);
      if (quote) tiers.push({ from, quote });
    }
    tiers.sort((a, b) => a.from - b.from);
    return tiers.map((t, i) => {
      const next = tiers[i + 1];
      return next ? { ...t.quote, from: t.from, to: next.from } : { ...t.quote, from: t.from };
    });
  }

  function pricesAsOf(service?: string): string {
    if (service !== undefined) {
      const s = json.services[service] ?? json.services[serviceOfKey(service)];
      if (!s) throw new Error(`no service ${service} in the price catalogue`);
      return s.asOf;
    }
    return Object.values(json.services).map((s) => s.asOf).sort()[0] ?? '';
  }

  return {
    priceOf,
    tiersOf,
    pricesAsOf,
    regions: () => json.regions,
    keys: () => [...sortedKeys],
    sources: () => json.sources,
  };
}

let embedded: Catalogue | undefined;

/** The catalogue shipped in the package, loaded on first use. */
export function embeddedCatalogue(): Catalogue {
  if (!embedded) {
    // a require inside a function: esbuild bundles the JSON but evaluates it only on this first call
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const json = require('./catalogue/aws.json') as CatalogueJson;
    embedded = createCatalogue(json);
  }
  return embedded;
}

/** The list price of `key` in `region`, or undefined when the catalogue does not price it there. */
export function priceOf(key: string, region: string): PriceQuote | undefined {
  return embeddedCatalogue().priceOf(key, region);
}

/**
 * The tiers under `keyPrefix` (keys `<prefix>/<from>`) in `region`, sorted by their lower bound; each
 * tier runs up to the next one's bound. Empty when the region has none.
 */
export function tiersOf(keyPrefix: string, region: string): PriceTier[] {
  return embeddedCatalogue().tiersOf(keyPrefix, region);
}

/**
 * The date of the prices: with no argument, the oldest date of any service in the catalogue (the
 * conservative date to print under an estimate); with a service (`ec2`) or a key, that service's oldest date.
 */
export function pricesAsOf(service?: string): string {
  return embeddedCatalogue().pricesAsOf(service);
}

/** The region codes the catalogue covers. */
export function catalogueRegions(): readonly string[] {
  return embeddedCatalogue().regions();
}

/** Where the prices come from, by source id (titles, repositories, dates, licences). */
export function catalogueSources(): Readonly<Record<string, CatalogueSource>> {
  return embeddedCatalogue().sources();
}
