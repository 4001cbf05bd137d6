import type { ResourceInstance, Value } from '../../../terraform';
import { definePricer, type ComponentSpec, type PriceContext } from '../../pricer';

interface StorageClass {
  readonly name: string;
  readonly usage: string;
  readonly key: string;
  readonly tiered?: boolean;
}

/** Storage classes a lifecycle transition can name, with their usage key and catalogue key. */
const CLASSES: Readonly<Record<string, readonly StorageClass[]>> = {
  STANDARD_IA: [{ name: 'Standard-IA', usage: 'standard_ia_storage_gb', key: 's3.storage/standard-ia/0' }],
  ONEZONE_IA: [{ name: 'One Zone-IA', usage: 'onezone_ia_storage_gb', key: 's3.storage/onezone-ia/0' }],
  INTELLIGENT_TIERING: [
    { name: 'Intelligent-Tiering, frequent access', usage: 'intelligent_tiering_frequent_storage_gb', key: 's3.storage/intelligent-tiering-frequent', tiered: true },
    { name: 'Intelligent-Tiering, infrequent access', usage: 'intelligent_tiering_infrequent_storage_gb', key: 's3.storage/intelligent-tiering-infrequent/0' },
    { name: 'Intelligent-Tiering, archive instant access', usage: 'intelligent_tiering_archive_instant_storage_gb', key: 's3.storage/intelligent-tiering-archive-instant/0' },
  ],
  GLACIER_IR: [{ name: 'Glacier Instant Retrieval', usage: 'glacier_instant_retrieval_storage_gb', key: 's3.storage/glacier-ir/0' }],
  GLACIER: [{ name: 'Glacier Flexible Retrieval', usage: 'glacier_flexible_retrieval_storage_gb', key: 's3.storage/glacier/0' }],
  DEEP_ARCHIVE: [{ name: 'Glacier Deep Archive', usage: 'deep_archive_storage_gb', key: 's3.storage/deep-archive/0' }],
};

const ORDER = Object.keys(CLASSES);

function entry(v: Value | undefined, k: string): Value | undefined {
  return v?.kind === 'object' ? v.entries.get(k) : undefined;
}

function items(v: Value | undefined): readonly Value[] {
  return v?.kind === 'list' ? v.items : v?.kind === 'object' ? [v] : [];
}

/** Storage classes named by the transitions of lifecycle rules (a list of rule objects). */
function transitionClasses(rules: readonly Value[], into: Set<string>): void {
  for (const rule of rules) {
    const status = entry(rule, 'status');
    const enabled = entry(rule, 'enabled');
    if ((status?.kind === 'string' && status.value !== 'Enabled') || (enabled?.kind === 'bool' && !enabled.value)) continue;
    for (const t of [...items(entry(rule, 'transition')), ...items(entry(rule, 'noncurrent_version_transition'))]) {
      const c = entry(t, 'storage_class');
      if (c?.kind === 'string' && CLASSES[c.value]) into.add(c.value);
    }
  }
}

/** The lifecycle configurations that target this bucket, by reference or by its name. */
function lifecycleConfigurations(ctx: PriceContext): ResourceInstance[] {
  const me = ctx.resource.address;
  const name = ctx.get('bucket');
  return ctx.resources('aws_s3_bucket_lifecycle_configuration').filter((c) => {
    const b = c.body.attributes.get('bucket')?.value;
    if (b?.kind === 'unknown') return b.source?.startsWith(`${me}.`) ?? false;
    return b?.kind === 'string' && name?.kind === 'string' && b.value === name.value;
  });
}

const usage: Record<string, { unit: string; description: string }> = {
  standard_storage_gb: { unit: 'GB', description: 'Data in S3 Standard, average per month (tiered at 50 TB and 500 TB).' },
  monthly_put_requests: { unit: 'requests', description: 'PUT, COPY, POST and LIST requests per month (S3 Standard).' },
  monthly_get_requests: { unit: 'requests', description: 'GET, SELECT and other requests per month (S3 Standard).' },
  intelligent_tiering_monitored_objects: { unit: 'objects', description: 'Objects over 128 KB monitored by Intelligent-Tiering.' },
};
for (const list of Object.values(CLASSES)) for (const c of list) usage[c.usage] = { unit: 'GB', description: `Data in ${c.name}, average per month.` };

export default definePricer({
  resource: 'aws_s3_bucket',
  infracostUsage: {
    'standard.storage_gb': 'standard_storage_gb',
    'standard.monthly_tier_1_requests': 'monthly_put_requests',
    'standard.monthly_tier_2_requests': 'monthly_get_requests',
    'standard.*': { unused: 'S3 Select on Standard is not priced.' },
    'intelligent_tiering.frequent_access_storage_gb': 'intelligent_tiering_frequent_storage_gb',
    'intelligent_tiering.infrequent_access_storage_gb': 'intelligent_tiering_infrequent_storage_gb',
    'intelligent_tiering.archive_instant_access_storage_gb': 'intelligent_tiering_archive_instant_storage_gb',
    'intelligent_tiering.monitored_objects': 'intelligent_tiering_monitored_objects',
    'intelligent_tiering.*': { unused: 'Requests, transitions, S3 Select and early deletion of Intelligent-Tiering are not priced.' },
    'standard_infrequent_access.storage_gb': 'standard_ia_storage_gb',
    'standard_infrequent_access.*': { unused: 'Requests, retrievals and S3 Select of Standard-IA are not priced.' },
    'one_zone_infrequent_access.storage_gb': 'onezone_ia_storage_gb',
    'one_zone_infrequent_access.*': { unused: 'Requests, retrievals and S3 Select of One Zone-IA are not priced.' },
    'glacier_instant_retrieval.storage_gb': 'glacier_instant_retrieval_storage_gb',
    'glacier_instant_retrieval.*': { unused: 'Requests and retrievals of Glacier Instant Retrieval are not priced.' },
    'glacier_flexible_retrieval.storage_gb': 'glacier_flexible_retrieval_storage_gb',
    'glacier_flexible_retrieval.*': { unused: 'Requests, retrievals, S3 Select and early deletion of Glacier Flexible Retrieval are not priced.' },
    'glacier_deep_archive.storage_gb': 'deep_archive_storage_gb',
    'glacier_deep_archive.*': { unused: 'Requests, retrievals and early deletion of Glacier Deep Archive are not priced.' },
    object_tags: { unused: 'Object tags are not priced.' },
  },
  docs: 'Storage as usage: S3 Standard (tiered) with PUT and GET requests always, and each storage class a lifecycle rule of the bucket transitions objects to (aws_s3_bucket_lifecycle_configuration or inline lifecycle_rule blocks), with Intelligent-Tiering monitoring. Retrieval fees, lifecycle transition requests, replication and data transfer are not priced.',
  usage,
  price(ctx) {
    const out: ComponentSpec[] = [
      { name: 'Storage (Standard)', unit: 'GB-months', priceKey: 's3.storage/standard', tiered: true, usage: 'standard_storage_gb' },
      { name: 'PUT, COPY, POST, LIST requests (Standard)', unit: '1k requests', priceKey: 's3.requests/standard/put', unitScale: 1e3, rawUsage: true, usage: 'monthly_put_requests' },
      { name: 'GET and other requests (Standard)', unit: '1k requests', priceKey: 's3.requests/standard/get', unitScale: 1e3, rawUsage: true, usage: 'monthly_get_requests' },
    ];
    const classes = new Set<string>();
    for (const c of lifecycleConfigurations(ctx)) transitionClasses(items(c.value.kind === 'object' ? c.value.entries.get('rule') : undefined), classes);
    transitionClasses(ctx.blocks('lifecycle_rule'), classes);
    for (const cls of ORDER.filter((c) => classes.has(c))) {
      for (const c of CLASSES[cls]!) out.push({ name: `Storage (${c.name})`, unit: 'GB-months', priceKey: c.key, ...(c.tiered ? { tiered: true } : {}), usage: c.usage });
      if (cls === 'INTELLIGENT_TIERING') out.push({ name: 'Intelligent-Tiering monitoring', unit: '1k objects', priceKey: 's3.intelligent-tiering-monitoring', unitScale: 1e3, rawUsage: true, usage: 'intelligent_tiering_monitored_objects' });
    }
    return out;
  },
});
