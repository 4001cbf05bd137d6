/**
 * Builds the embedded AWS price catalogue from the files in shared/pricing-data, following the
 * precedence of its README (section 8):
 *   EC2 Linux   yeo-ec2.shop (Apr 2025) < lamngockhuong Nov 2025 feed < Karpenter (Jul 2026, us-east-1)
 *   EBS         yeo-ec2.shop ebs.json
 *   the rest    QuinnyPig processed feeds, with NAT Gateway and CloudFront from lamngockhuong's raw feeds
 * and, when given, AWS Price List offer files on top of everything (aws-offers.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { priceKeyFamily, serviceOfKey } from '../../src/cost/catalogue-keys';
import { CATALOGUE_REGIONS, type CatalogueJson, type CataloguePart, type CatalogueSource } from '../../src/cost/catalogue-format';
import { loadLocations, readJson, readProcessedFeed, readRawFeed, type FeedRate, type Locations } from './feeds';
import { GLOBAL, parsePrice, PriceTable, scaled } from './price-table';
import { LABEL_RULES, type LabelRule } from './rules';
import { SOURCES, type SourceId } from './sources';

/** What a build produced besides the table: problems a person should look at. */
export interface BuildReport {
  /** Rules that matched no rate: a label AWS renamed, or a wrong regex. */
  readonly unmatchedRules: string[];
  /** Two prices for one cell from one source. */
  readonly conflicts: string[];
  /** Free-form notes (e.g. Karpenter prices not taken). */
  readonly notes: string[];
}

const QP_DIR = 'quinnypig-aws-price-watcher/processed';
const RAW_FEEDS: Record<string, { path: string; source: SourceId }> = {
  ebs: { path: 'yeo-ec2.shop/data/ebs/ebs.json', source: 'yeo-ebs' },
  natgateway: { path: 'lamngockhuong-aws-price/lib/data/pricing/natgateway.json', source: 'lam-natgateway' },
  cloudfront: { path: 'lamngockhuong-aws-price/lib/data/pricing/cloudfront.json', source: 'lam-cloudfront' },
};

/** The slug lamngockhuong's ec2-transformed.json uses for a region without a code: "EU (Paris)" → "eu-(paris)". */
function lamSlug(displayName: string): string {
  return displayName.toLowerCase().replace(/ /g, '-');
}

/** Builds the table from the shipped sources. Throws when a required file is missing. */
export function buildFromSources(dataDir: string): { table: PriceTable; report: BuildReport; locations: Locations } {
  if (!existsSync(join(dataDir, 'README.md'))) throw new Error(`no pricing data at ${dataDir} (expected shared/pricing-data with its README.md)`);
  const locations = loadLocations(dataDir);
  const table = new PriceTable();
  const report: BuildReport = { unmatchedRules: [], conflicts: table.conflicts, notes: [] };
  addEc2Instances(dataDir, locations, table, report);
  addEc2Spot(dataDir, table);
  applyLabelRules(dataDir, locations, table, report);
  return { table, report, locations };
}

function addEc2Instances(dataDir: string, locations: Locations, table: PriceTable, report: BuildReport): void {
  const set = (type: string, region: string, price: number, source: SourceId) =>
    table.set(`ec2.instance/${type}/linux`, region, price, source, SOURCES[source].asOf);

  // 1. yeo-ec2.shop: current and previous generation, the 16 regions it kept
  for (const region of CATALOGUE_REGIONS) {
    for (const suffix of ['previousgen-ondemand', 'ondemand']) {
      const path = join(dataDir, `yeo-ec2.shop/data/ec2/${region}-${suffix}.json`);
      if (!existsSync(path)) continue;
      const feed = readJson(path) as { regions: Record<string, Record<string, Record<string, string>>> };
      for (const [location, byLabel] of Object.entries(feed.regions)) {
        if (locations.codeOf.get(location) !== region) continue;
        for (const rate of Object.values(byLabel)) {
          if (rate['Operating System'] !== 'Linux' || rate['Pre Installed S/W'] !== 'NA') continue;
          set(rate['Instance Type']!, region, parsePrice(rate.price!), 'yeo-ec2');
        }
      }
    }
  }

  // 2. lamngockhuong's November 2025 feed: region codes for big regions, slugs for the rest
  const regionOfLam = new Map<string, string>();
  for (const region of CATALOGUE_REGIONS) {
    regionOfLam.set(region, region);
    const name = locations.nameOf.get(region);
    if (name) regionOfLam.set(lamSlug(name), region);
  }
  const rows = readJson(join(dataDir, SOURCES['lam-ec2'].files[0])) as {
    region: string;
    attributes: { instanceType: string; operatingSystem: string };
    pricePerUnit: string;
    unit: string;
  }[];
  for (const row of rows) {
    const region = regionOfLam.get(row.region);
    if (!region || row.attributes.operatingSystem !== 'Linux' || row.unit !== 'USD per hour') continue;
    set(row.attributes.instanceType, region, parsePrice(row.pricePerUnit), 'lam-ec2');
  }

  // 3. Karpenter, us-east-1 only. Where it disagrees with the November 2025 feed (nine .metal sizes,
  //    6-10 % higher, cause unknown per the README) the feed's published price is kept.
  const karpenter = readJson(join(dataDir, SOURCES.karpenter.files[0])) as { prices: Record<string, Record<string, number>> };
  const kept: string[] = [];
  for (const [type, price] of Object.entries(karpenter.prices['us-east-1'] ?? {})) {
    const key = `ec2.instance/${type}/linux`;
    const existing = table.get(key, 'us-east-1');
    if (existing && existing.source === 'lam-ec2' && existing.price !== price) {
      kept.push(`${type} (${existing.price} kept, Karpenter ${price})`);
      continue;
    }
    set(type, 'us-east-1', parsePrice(price), 'karpenter');
  }
  if (kept.length > 0) report.notes.push(`us-east-1: Karpenter prices not taken where they differ from the Nov 2025 feed: ${kept.join(', ')}`);
}

/**
 * Spot prices from coroot's snapshot (only its `spot` numbers: its on-demand ones are unreliable, see
 * the pricing-data README), for the types the catalogue has an on-demand Linux price for in the region.
 */
function addEc2Spot(dataDir: string, table: PriceTable): void {
  const data = JSON.parse(gunzipSync(readFileSync(join(dataDir, SOURCES['coroot-spot'].files[0]))).toString('utf8')) as { aws: { compute: Record<string, Record<string, { spot?: number }>> } };
  for (const region of CATALOGUE_REGIONS) {
    for (const [type, p] of Object.entries(data.aws.compute[region] ?? {})) {
      if (typeof p.spot !== 'number' || p.spot <= 0 || !table.get(`ec2.instance/${type}/linux`, region)) continue;
      table.set(`ec2.spot/${type}/linux`, region, p.spot, 'coroot-spot', SOURCES['coroot-spot'].asOf);
    }
  }
}

/** The region a rate is stored under for a rule, or undefined when the rule does not take it. */
function regionOf(rate: FeedRate, rule: LabelRule, locations: Locations): string | undefined {
  if (rule.global) {
    // global rates sit under "Any" or "" in most feeds, under each region in some (Route 53 queries)
    return rate.location === 'Any' || rate.location === '' || rate.location === locations.nameOf.get('us-east-1') ? GLOBAL : undefined;
  }
  const code = locations.codeOf.get(rate.location);
  return code && (CATALOGUE_REGIONS as readonly string[]).includes(code) ? code : undefined;
}

function applyLabelRules(dataDir: string, locations: Locations, table: PriceTable, report: BuildReport): void {
  const byFile = new Map<string, LabelRule[]>();
  for (const rule of LABEL_RULES) byFile.set(rule.file, [...(byFile.get(rule.file) ?? []), rule]);
  const matched = new Set<LabelRule>();
  // agreeOnly cells whose rates disagree: "key region"
  const disagreed = new Set<string>();

  for (const [file, rules] of byFile) {
    const raw = RAW_FEEDS[file];
    const source: SourceId = raw ? raw.source : 'quinnypig';
    const path = join(dataDir, raw ? raw.path : `${QP_DIR}/${file}.json`);
    if (!existsSync(path)) throw new Error(`missing source file ${path}`);
    const rates = raw ? readRawFeed(path).rates : readProcessedFeed(path, locations);
    for (const rate of rates) {
      for (const rule of rules) {
        const region = regionOf(rate, rule, locations);
        if (region === undefined) continue;
        for (const label of rate.labels) {
          rule.label.lastIndex = 0;
          const m = rule.label.exec(label);
          if (!m) continue;
          const produced = typeof rule.key === 'string' ? rule.key : rule.key(m, rate.attributes, locations.codeOf);
          if (produced === undefined) continue;
          const price = rule.divisor ? scaled(parsePrice(rate.price), rule.divisor) : parsePrice(rate.price);
          for (const key of typeof produced === 'string' ? [produced] : produced) {
            if (rule.fillOnly && table.get(key, region)) continue;
            if (rule.agreeOnly) {
              const old = table.get(key, region);
              if (disagreed.has(`${key} ${region}`)) continue;
              if (old && old.source === source && old.price !== price) {
                disagreed.add(`${key} ${region}`);
                continue;
              }
            }
            table.set(key, region, price, source, SOURCES[source].asOf);
          }
          matched.add(rule);
          break;
        }
      }
    }
  }
  for (const rule of LABEL_RULES) if (!matched.has(rule)) report.unmatchedRules.push(`${rule.file}: ${rule.label.source}`);
  for (const cell of [...disagreed].sort()) {
    const [key, region] = cell.split(' ') as [string, string];
    table.remove(key, region);
  }
  if (disagreed.size > 0) report.notes.push(`left unpriced where the feed's sub-locations disagree: ${[...disagreed].sort().join(', ')}`);
}

/** The files of the QuinnyPig folder the rules read, for the docs and the drift test. */
export function quinnypigFilesUsed(): string[] {
  return [...new Set(LABEL_RULES.filter((r) => !RAW_FEEDS[r.file]).map((r) => `${QP_DIR}/${r.file}.json`))].sort();
}

/** Sources that are not in SOURCES (AWS offer files) describe themselves; the builder passes them here. */
export type ExtraSources = Record<string, CatalogueSource>;

/**
 * Encodes the table in the shipped layout (see src/cost/catalogue-format.ts): per service, one part per
 * source, each key either a global number or an array with one entry per catalogue region (null when the
 * key is not sold or not known there).
 */
export function encodeCatalogue(table: PriceTable, extraSources: ExtraSources = {}): CatalogueJson {
  const regionIndex = new Map<string, number>(CATALOGUE_REGIONS.map((r, i) => [r, i]));
  const parts = new Map<string, Map<string, { asOf: string; prices: Record<string, number | (number | null)[]> }>>();
  const usedSources = new Set<string>();

  for (const key of table.keys()) {
    if (!priceKeyFamily(key)) throw new Error(`key outside the vocabulary: ${key}`);
    const cells = table.cells.get(key)!;
    const service = serviceOfKey(key);
    const byService = parts.get(service) ?? new Map();
    parts.set(service, byService);
    const global = cells.get(GLOBAL);
    if (global) {
      if (cells.size > 1) throw new Error(`${key} has both a global price and regional prices`);
      const part = byService.get(global.source) ?? { asOf: global.asOf, prices: {} };
      byService.set(global.source, part);
      part.prices[key] = global.price;
      usedSources.add(global.source);
      continue;
    }
    for (const [region, cell] of cells) {
      const index = regionIndex.get(region);
      if (index === undefined) continue;
      const part = byService.get(cell.source) ?? { asOf: cell.asOf, prices: {} };
      byService.set(cell.source, part);
      const row = (part.prices[key] ??= CATALOGUE_REGIONS.map(() => null)) as (number | null)[];
      row[index] = cell.price;
      usedSources.add(cell.source);
    }
  }

  const services: Record<string, { asOf: string; parts: CataloguePart[] }> = {};
  for (const service of [...parts.keys()].sort()) {
    const list: CataloguePart[] = [...parts.get(service)!.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([source, part]) => ({ source, asOf: part.asOf, prices: sortedObject(part.prices) }));
    const asOf = list.map((p) => p.asOf).sort()[0]!;
    services[service] = { asOf, parts: list };
  }

  const sources: Record<string, CatalogueSource> = {};
  for (const id of [...usedSources].sort()) {
    const known = (SOURCES as Record<string, (typeof SOURCES)[SourceId]>)[id];
    const info = known ?? extraSources[id];
    if (!info) throw new Error(`no description for source ${id}`);
    sources[id] = { title: info.title, repository: info.repository, commit: info.commit, asOf: info.asOf, licence: info.licence, files: [...info.files] };
  }
  return { schema: 1, currency: 'USD', regions: [...CATALOGUE_REGIONS], sources, services };
}

function sortedObject<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]!]));
}

/** Every file under dir named index.json (AWS offer files keep that name), sorted. */
export function findOfferFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) findOfferFiles(path, out);
    else if (entry.name.endsWith('.json')) out.push(path);
  }
  return out.sort();
}
