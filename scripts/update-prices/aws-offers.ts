/**
 * Reads AWS Price List bulk offer files, the published
 * `offers/v1.0/aws/<offerCode>/current/<region>/index.json` format:
 *   { offerCode, publicationDate, products: { <sku>: { sku, productFamily, attributes } },
 *     terms: { OnDemand: { <sku>: { <term>: { priceDimensions: { <rate>: { unit, beginRange, endRange,
 *       pricePerUnit: { USD } } } } } } } }
 * and maps the on-demand prices it understands onto catalogue keys. The script never downloads them;
 * the user does, and passes the folder with --aws-offers.
 */
import { priceKeyFamily } from '../../src/cost/catalogue-keys';
import type { CatalogueSource } from '../../src/cost/catalogue-format';
import { readJson, type Locations } from './feeds';
import { parsePrice, PriceTable, scaled } from './price-table';

interface OfferProduct {
  readonly sku: string;
  readonly productFamily?: string;
  readonly attributes: Readonly<Record<string, string>>;
}
interface PriceDimension {
  readonly unit: string;
  readonly beginRange?: string;
  readonly endRange?: string;
  readonly pricePerUnit: { readonly USD?: string };
}
/** The part of an offer file the mapper reads. */
export interface OfferFile {
  readonly offerCode: string;
  readonly publicationDate: string;
  readonly products: Readonly<Record<string, OfferProduct>>;
  readonly terms: { readonly OnDemand?: Readonly<Record<string, Readonly<Record<string, { readonly priceDimensions: Readonly<Record<string, PriceDimension>> }>>>> };
}

/** What a mapper returns for a product: the key, or the key prefix of a tiered family, and a unit divisor. */
interface Mapped {
  readonly key: string;
  readonly divisor?: number;
}

type Mapper = (product: OfferProduct) => Mapped | undefined;

const OS: Record<string, string> = { Linux: 'linux', Windows: 'windows', RHEL: 'rhel', SUSE: 'suse' };
const EBS_VOLUME = new Set(['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard']);
const RDS_ENGINE: Record<string, string> = {
  MySQL: 'mysql',
  PostgreSQL: 'postgres',
  MariaDB: 'mariadb',
  'Oracle/Standard Two': 'oracle-se2',
  'Oracle/Enterprise': 'oracle-ee',
  'SQL Server/Express': 'sqlserver-ex',
  'SQL Server/Web': 'sqlserver-web',
  'SQL Server/Standard': 'sqlserver-se',
  'SQL Server/Enterprise': 'sqlserver-ee',
};
const RDS_LICENSE: Record<string, string> = {
  'No license required': 'none',
  'License included': 'license-included',
  'Bring your own license': 'byol',
};
const RDS_DEPLOYMENT: Record<string, string> = {
  'Single-AZ': 'single-az',
  'Multi-AZ': 'multi-az',
  'Multi-AZ (readable standbys)': 'multi-az-cluster',
};
const OPENSEARCH_VOLUME: Record<string, string> = { GP2: 'gp2', GP3: 'gp3', PIOPS: 'io1', Magnetic: 'standard' };

/** Offer code → how its products map to keys. Products a mapper does not know are ignored. */
const MAPPERS: Record<string, Mapper> = {
  AmazonEC2(p) {
    const a = p.attributes;
    if (p.productFamily === 'Compute Instance') {
      const os = OS[a.operatingSystem ?? ''];
      if (!os || a.preInstalledSw !== 'NA' || a.capacitystatus !== 'Used') return undefined;
      if (a.licenseModel !== 'No License required') return undefined;
      if (a.tenancy === 'Shared') return { key: `ec2.instance/${a.instanceType}/${os}` };
      if (a.tenancy === 'Dedicated') return { key: `ec2.instance/${a.instanceType}/${os}/dedicated` };
      return undefined;
    }
    if (p.productFamily === 'CPU Credits') {
      const family = /CPUCredits:([a-z0-9]+)$/.exec(a.usagetype ?? '')?.[1];
      const os = a.operatingSystem === 'Windows' ? 'windows' : a.operatingSystem === 'Linux' ? 'linux' : undefined;
      return family && os ? { key: `ec2.cpu-credits/${family}/${os}` } : undefined;
    }
    if (p.productFamily === 'Storage' && EBS_VOLUME.has(a.volumeApiName ?? '')) return { key: `ec2.ebs/${a.volumeApiName}` };
    if (p.productFamily === 'System Operation' && (a.volumeApiName === 'gp3' || a.volumeApiName === 'io1') && a.group === 'EBS IOPS') return { key: `ec2.ebs/${a.volumeApiName}-iops` };
    if (p.productFamily === 'System Operation' && a.volumeApiName === 'io2' && /^EBS IOPS/.test(a.group ?? '')) {
      // one product per io2 tier: usage types EBS:VolumeP-IOPS.io2, ….io2.tier2 (above 32,000), ….io2.tier3 (above 64,000)
      const tier = /\.tier([23])$/.exec(a.usagetype ?? '')?.[1];
      return { key: `ec2.ebs/io2-iops/${tier === '2' ? 32000 : tier === '3' ? 64000 : 0}` };
    }
    // AWS quotes gp3 throughput per GiBps-month; the key is per MiBps-month
    if (p.productFamily === 'Provisioned Throughput' && a.volumeApiName === 'gp3') return { key: 'ec2.ebs/gp3-throughput', divisor: 1024 };
    if (p.productFamily === 'Storage Snapshot' && /EBS:SnapshotUsage$/.test(a.usagetype ?? '')) return { key: 'ec2.ebs/snapshot' };
    if (p.productFamily === 'NAT Gateway') {
      if (/NatGateway-Hours$/.test(a.usagetype ?? '')) return { key: 'vpc.nat-gateway/hour' };
      if (/NatGateway-Bytes$/.test(a.usagetype ?? '')) return { key: 'vpc.nat-gateway/gb' };
    }
    return undefined;
  },
  AmazonRDS(p) {
    const a = p.attributes;
    if (p.productFamily !== 'Database Instance') return undefined;
    const engineName = a.databaseEdition ? `${a.databaseEngine}/${a.databaseEdition}` : a.databaseEngine ?? '';
    const engine = RDS_ENGINE[engineName] ?? RDS_ENGINE[a.databaseEngine ?? ''];
    const license = RDS_LICENSE[a.licenseModel ?? ''];
    const az = RDS_DEPLOYMENT[a.deploymentOption ?? ''];
    if (a.databaseEngine === 'Aurora MySQL' || a.databaseEngine === 'Aurora PostgreSQL') {
      const flavour = a.databaseEngine === 'Aurora MySQL' ? 'mysql' : 'postgresql';
      const storage = /IO Optimization/i.test(a.storage ?? '') || /IO-Optimized/i.test(a.usagetype ?? '') ? 'io-optimized' : 'standard';
      return a.deploymentOption === 'Single-AZ' ? { key: `aurora.instance/${flavour}/${a.instanceType}/${storage}` } : undefined;
    }
    return engine && license && az ? { key: `rds.instance/${engine}/${license}/${a.instanceType}/${az}` } : undefined;
  },
  AmazonES(p) {
    const a = p.attributes;
    if (p.productFamily === 'Amazon OpenSearch Service Instance' && /\.search$/.test(a.instanceType ?? '')) return { key: `opensearch.instance/${a.instanceType}` };
    if (p.productFamily === 'Amazon OpenSearch Service Volume' && a.storageMedia && OPENSEARCH_VOLUME[a.storageMedia]) return { key: `opensearch.storage/${OPENSEARCH_VOLUME[a.storageMedia]}` };
    return undefined;
  },
  AmazonRedshift(p) {
    return p.productFamily === 'Redshift Managed Storage' ? { key: 'redshift.managed-storage' } : undefined;
  },
  AmazonElastiCache(p) {
    const a = p.attributes;
    const engine = (a.cacheEngine ?? '').toLowerCase();
    return p.productFamily === 'Cache Instance' && ['redis', 'valkey', 'memcached'].includes(engine) ? { key: `elasticache.node/${engine}/${a.instanceType}` } : undefined;
  },
};

/** The region code of an offer product: `regionCode` in current files, the display name in older ones. */
function regionOfProduct(product: OfferProduct, locations: Locations): string | undefined {
  return product.attributes.regionCode ?? locations.codeOf.get(product.attributes.location ?? '');
}

/** The number a tier starts at, from a price dimension's beginRange. */
function tierStart(dimension: PriceDimension): string {
  const begin = Number(dimension.beginRange ?? '0');
  return String(Number.isFinite(begin) ? begin : 0);
}

/**
 * Applies one offer file on top of the table, for the given regions, and returns the source it recorded
 * (id `aws-offers/<offerCode>`, dated by the file's publicationDate) and how many cells it set.
 */
export function applyOfferFile(offer: OfferFile, path: string, table: PriceTable, regions: readonly string[], locations: Locations): { source: CatalogueSource & { id: string }; cells: number } {
  const mapper = MAPPERS[offer.offerCode];
  const asOf = offer.publicationDate.slice(0, 10);
  const id = `aws-offers/${offer.offerCode}`;
  const source = {
    id,
    title: `AWS Price List bulk offer file (${offer.offerCode})`,
    repository: 'pricing.us-east-1.amazonaws.com/offers/v1.0/aws',
    commit: offer.publicationDate,
    asOf,
    licence: 'AWS published list prices',
    files: [path],
  };
  let cells = 0;
  if (!mapper) return { source, cells };
  for (const [sku, terms] of Object.entries(offer.terms.OnDemand ?? {})) {
    const product = offer.products[sku];
    if (!product) continue;
    const mapped = mapper(product);
    const region = mapped && regionOfProduct(product, locations);
    if (!mapped || !region || !regions.includes(region)) continue;
    const dimensions = Object.values(terms).flatMap((t) => Object.values(t.priceDimensions));
    const family = priceKeyFamily(mapped.key) ?? priceKeyFamily(`${mapped.key}/0`);
    const tiered = !priceKeyFamily(mapped.key) && family?.tiered === true;
    for (const dimension of dimensions) {
      if (dimension.pricePerUnit.USD === undefined) continue;
      // a free first tier (beginRange 0, price 0) of an untiered key is AWS's free allowance, not the price
      if (!tiered && dimensions.length > 1 && Number(dimension.beginRange ?? '0') === 0 && parsePrice(dimension.pricePerUnit.USD) === 0) continue;
      const key = tiered ? `${mapped.key}/${tierStart(dimension)}` : mapped.key;
      const raw = parsePrice(dimension.pricePerUnit.USD);
      table.set(key, region, mapped.divisor ? scaled(raw, mapped.divisor) : raw, id, asOf);
      cells++;
    }
  }
  return { source, cells };
}

/** Reads an offer file from disk. */
export function readOfferFile(path: string): OfferFile {
  const offer = readJson(path) as Partial<OfferFile>;
  if (typeof offer.offerCode !== 'string' || typeof offer.publicationDate !== 'string' || typeof offer.products !== 'object' || typeof offer.terms !== 'object') {
    throw new Error(`${path} is not an AWS Price List offer file (offerCode, publicationDate, products, terms)`);
  }
  return offer as OfferFile;
}

/** The offer codes the mapper understands, for the docs and the usage message. */
export const SUPPORTED_OFFER_CODES: readonly string[] = Object.keys(MAPPERS).sort();
