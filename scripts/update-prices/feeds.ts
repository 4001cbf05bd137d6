/**
 * Readers for the AWS "metered unit map" feeds (see shared/pricing-data/README.md, sections 1 and 2):
 * QuinnyPig's processed shape `{ label: { "<location>[ (attr: value, …)]": price } }` and the raw shape
 * `{ manifest, regions: { location: { label: { price, … } } } }`. Both yield rates with their descriptive
 * label alternatives, location display name, attributes and price string; unlabelled (hashed) rates are
 * skipped, as the README advises.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCATIONS_FILE } from './sources';

/** One rate of a feed. */
export interface FeedRate {
  /** The descriptive labels sharing this rate: group prefix dropped, `;`-joined labels split. */
  readonly labels: readonly string[];
  /** Location display name, `Any`, or `` (no location). */
  readonly location: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly price: string;
}

/** Display names ↔ region codes, from the locations file. */
export interface Locations {
  /** Display name → code, for every location (regions, local and wavelength zones). */
  readonly codeOf: ReadonlyMap<string, string>;
  /** Region code → display name. */
  readonly nameOf: ReadonlyMap<string, string>;
  /** Known location names, longest first, plus `Any`; used to split processed keys. */
  readonly names: readonly string[];
}

/** Reads and parses a JSON file. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Loads the display-name map. */
export function loadLocations(dataDir: string): Locations {
  const raw = readJson(join(dataDir, LOCATIONS_FILE)) as Record<string, { name: string; code: string }>;
  const codeOf = new Map<string, string>();
  const nameOf = new Map<string, string>();
  for (const [name, entry] of Object.entries(raw)) {
    codeOf.set(name, entry.code);
    if (!nameOf.has(entry.code)) nameOf.set(entry.code, name);
  }
  const names = [...codeOf.keys(), 'Any'].sort((a, b) => b.length - a.length);
  return { codeOf, nameOf, names };
}

const HASHED = /^[A-Za-z0-9_-]{43}(?: V1)?$/;
const BARE_SKU = /^[A-Z0-9]{16} [A-Z0-9]{10}\.[A-Z0-9]{10}\b/;

/** True for the feeds' unlabelled rate keys. */
export function isUnlabelled(label: string): boolean {
  return HASHED.test(label) || BARE_SKU.test(label);
}

/** The descriptive alternatives of a processed label. */
export function labelAlternatives(label: string): string[] {
  const bare = label.replace(/^\[[^\]]*\]\s*/, '');
  const parts = bare.split(';').map((s) => s.trim()).filter((s) => s !== '');
  // a rate known only by its group name, e.g. "[Aurora DSQL AWSBackup-DataTransfer]"
  if (parts.length === 0) parts.push(label.replace(/^\[|\]$/g, '').trim());
  return parts;
}

/**
 * Splits a processed location key into its location and attributes. Location names contain parentheses,
 * so the key's prefix is matched against the known names rather than split on " (".
 */
export function splitLocationKey(key: string, locations: Locations): { location: string; attributes: Record<string, string> } | undefined {
  let location: string | undefined;
  if (key === '' || key.startsWith('(')) location = '';
  else location = locations.names.find((name) => key === name || key.startsWith(name + ' ('));
  if (location === undefined) return undefined;
  const rest = key.slice(location.length).trim();
  const attributes: Record<string, string> = {};
  if (rest.startsWith('(') && rest.endsWith(')')) {
    // "Instance Type: db.m6g.large, Memory: 8 GiB, Network Performance: 25,000 Mbps": split before "Name: "
    for (const part of rest.slice(1, -1).split(/, (?=[A-Za-z][A-Za-z0-9 ()/:-]*?: )/)) {
      const colon = part.indexOf(': ');
      if (colon > 0) attributes[part.slice(0, colon)] = part.slice(colon + 2);
    }
  }
  return { location, attributes };
}

/** Every labelled rate of a QuinnyPig processed file. */
export function* readProcessedFeed(path: string, locations: Locations): Generator<FeedRate> {
  const feed = readJson(path) as Record<string, Record<string, string>>;
  for (const [label, byLocation] of Object.entries(feed)) {
    if (isUnlabelled(label)) continue;
    const labels = labelAlternatives(label);
    for (const [key, price] of Object.entries(byLocation)) {
      const split = splitLocationKey(key, locations);
      if (!split) continue;
      yield { labels, location: split.location, attributes: split.attributes, price: String(price) };
    }
  }
}

/** A raw feed's manifest, for its publication date. */
export interface RawFeedManifest {
  readonly hawkFilePublicationDate?: string;
  readonly source?: string;
}

/** Every labelled rate of a raw pricing-page feed, and its manifest. */
export function readRawFeed(path: string): { manifest: RawFeedManifest; rates: FeedRate[] } {
  const feed = readJson(path) as { manifest: RawFeedManifest; regions: Record<string, Record<string, { price: string } & Record<string, string>>> };
  const rates: FeedRate[] = [];
  for (const [location, byLabel] of Object.entries(feed.regions)) {
    for (const [label, rate] of Object.entries(byLabel)) {
      if (isUnlabelled(label)) continue;
      const attributes: Record<string, string> = {};
      for (const [name, value] of Object.entries(rate)) if (name !== 'price' && typeof value === 'string') attributes[name] = value;
      rates.push({ labels: [label], location, attributes, price: rate.price });
    }
  }
  return { manifest: feed.manifest, rates };
}
