/**
 * Previous-generation instance classes of AWS's managed databases, caches, search and warehouse
 * services, with the current family of the same kind that costs the same or less per hour, and the
 * sizes that family offers (a fix swaps the family only where the same size exists).
 */
export interface Successor {
  /** The current family (`db.m5`, `cache.r5`, `m5` for OpenSearch's `m5.large.search`). */
  readonly successor: string;
  readonly sizes: readonly string[];
}

const T3 = ['micro', 'small', 'medium', 'large', 'xlarge', '2xlarge'];
const M5_RDS = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge'];
const R5_RDS = M5_RDS;

/** RDS DB instance classes (`db.m4.large`), by family. */
export const RDS_PREVIOUS: Readonly<Record<string, Successor>> = {
  'db.t2': { successor: 'db.t3', sizes: T3 },
  'db.m1': { successor: 'db.m5', sizes: M5_RDS },
  'db.m2': { successor: 'db.m5', sizes: M5_RDS },
  'db.m3': { successor: 'db.m5', sizes: M5_RDS },
  'db.m4': { successor: 'db.m5', sizes: M5_RDS },
  'db.r3': { successor: 'db.r5', sizes: R5_RDS },
  'db.r4': { successor: 'db.r5', sizes: R5_RDS },
};

const CACHE_M5 = ['large', 'xlarge', '2xlarge', '4xlarge', '12xlarge', '24xlarge'];

/** ElastiCache node types (`cache.r4.large`), by family. */
export const ELASTICACHE_PREVIOUS: Readonly<Record<string, Successor>> = {
  'cache.t1': { successor: 'cache.t3', sizes: ['micro', 'small', 'medium'] },
  'cache.t2': { successor: 'cache.t3', sizes: ['micro', 'small', 'medium'] },
  'cache.m1': { successor: 'cache.m5', sizes: CACHE_M5 },
  'cache.m2': { successor: 'cache.m5', sizes: CACHE_M5 },
  'cache.m3': { successor: 'cache.m5', sizes: CACHE_M5 },
  'cache.m4': { successor: 'cache.m5', sizes: CACHE_M5 },
  'cache.c1': { successor: 'cache.m5', sizes: CACHE_M5 },
  'cache.r3': { successor: 'cache.r5', sizes: CACHE_M5 },
  'cache.r4': { successor: 'cache.r5', sizes: CACHE_M5 },
};

/** OpenSearch / Elasticsearch instance types (`m4.large.search`, `m4.large.elasticsearch`), by family. */
export const OPENSEARCH_PREVIOUS: Readonly<Record<string, Successor>> = {
  t2: { successor: 't3', sizes: ['small', 'medium'] },
  m3: { successor: 'm5', sizes: ['large', 'xlarge', '2xlarge', '4xlarge', '12xlarge'] },
  m4: { successor: 'm5', sizes: ['large', 'xlarge', '2xlarge', '4xlarge', '12xlarge'] },
  c4: { successor: 'c5', sizes: ['large', 'xlarge', '2xlarge', '4xlarge', '9xlarge', '18xlarge'] },
  r3: { successor: 'r5', sizes: ['large', 'xlarge', '2xlarge', '4xlarge', '12xlarge'] },
  r4: { successor: 'r5', sizes: ['large', 'xlarge', '2xlarge', '4xlarge', '12xlarge'] },
  i2: { successor: 'i3', sizes: ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '16xlarge'] },
};

/** A class split as `<family>.<size>` for the db./cache. forms, whose family has two dotted parts. */
export function splitPrefixed(type: string): { family: string; size: string } | undefined {
  const m = /^([a-z]+\.[a-z0-9-]+)\.([a-z0-9]+)$/.exec(type);
  return m ? { family: m[1]!, size: m[2]! } : undefined;
}

/** An OpenSearch type split as `<family>.<size>.<suffix>` (`m4.large.search`). */
export function splitSearch(type: string): { family: string; size: string; suffix: string } | undefined {
  const m = /^([a-z0-9]+)\.([a-z0-9]+)\.(search|elasticsearch)$/.exec(type);
  return m ? { family: m[1]!, size: m[2]!, suffix: m[3]! } : undefined;
}
