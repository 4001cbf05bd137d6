import type { Value } from '../../../terraform';
import { definePricer, isUnknown, unknownComponent, type ComponentSpec, type PriceContext } from '../../pricer';

/**
 * The day the end-of-standard-support table below was last checked. Pricing has no clock, so an
 * engine version counts as past its date (and in its third Extended Support year) as of this day:
 * estimates stay the same from one run to the next. Update with the table.
 */
export const SUPPORT_AS_OF = '2026-11-22';

/**
 * End of RDS standard support per engine and major version, from AWS's release calendars for RDS
 * for MySQL and PostgreSQL and Aurora. Extended Support starts the next day; years 1-2 are billed at
 * one rate, year 3 (from two years after that day) at another.
 */
const STANDARD_SUPPORT_ENDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  mysql: { '5.7': '2024-02-29', '8.0': '2026-07-31' },
  postgres: { '11': '2024-02-29', '12': '2025-02-28', '13': '2026-02-28', '14': '2027-02-28', '15': '2028-02-29' },
  'aurora-mysql': { '5.7': '2024-10-31' },
  'aurora-postgresql': { '11': '2024-02-29', '12': '2025-02-28', '13': '2026-02-28', '14': '2027-02-28', '15': '2028-02-29' },
};

/**
 * The catalogue key of the Extended Support rate per vCPU-hour. AWS charges one rate per region
 * for every engine and major version on provisioned instances (the engine-labelled rows of the
 * feed agree to the cent in every region); the feed's rows labelled "Any" (PostgreSQL 13+, MySQL
 * 8.0) carry the lower Aurora Serverless v2 per-ACU rate, so the vCPU rate is read from the
 * engine-labelled rows of MySQL 5.7 and PostgreSQL 12.
 */
function extendedSupportKey(engine: string, year: 'year-1-2' | 'year-3'): string {
  return engine.includes('mysql') ? `rds.extended-support/mysql/5.7/${year}` : `rds.extended-support/postgres/12/${year}`;
}

/** The major version key: "5.7" for MySQL 5.7.44, "13" for PostgreSQL 13.12. */
function majorOf(engine: string, version: string): string | undefined {
  const m = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!m) return undefined;
  return engine.includes('mysql') ? (m[2] === undefined ? undefined : `${m[1]}.${m[2]}`) : m[1];
}

/** The date two years after the day after `ends`: when Extended Support year 3 begins. */
function yearThreeStarts(ends: string): string {
  const d = new Date(`${ends}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  d.setUTCFullYear(d.getUTCFullYear() + 2);
  return d.toISOString().slice(0, 10);
}

/** vCPUs by size for the classes whose size does not follow the usual 2-per-large rule. */
const VCPU_EXCEPTIONS: Readonly<Record<string, number>> = {
  'db.t2.micro': 1, 'db.t2.small': 1, 'db.t1.micro': 1, 'db.m1.small': 1, 'db.m3.medium': 1,
};

const VCPU_BY_SIZE: Readonly<Record<string, number>> = {
  micro: 2, small: 2, medium: 2, large: 2, xlarge: 4, '2xlarge': 8, '3xlarge': 12, '4xlarge': 16, '8xlarge': 32,
  '9xlarge': 36, '10xlarge': 40, '12xlarge': 48, '16xlarge': 64, '18xlarge': 72, '24xlarge': 96, '32xlarge': 128, '48xlarge': 192,
};

/**
 * The vCPUs of a DB instance class, from its size (db.m5.2xlarge: 8), as AWS lists them for the
 * current families (2 vCPUs for micro to large, 4 per xlarge); undefined for unknown sizes.
 */
export function vcpusOfClass(cls: string): number | undefined {
  if (VCPU_EXCEPTIONS[cls] !== undefined) return VCPU_EXCEPTIONS[cls];
  return VCPU_BY_SIZE[cls.split('.').pop() ?? ''];
}

/**
 * The RDS Extended Support charge of an instance, or nothing when the version is in standard
 * support (as of SUPPORT_AS_OF), unknown to the table, or opted out with engine_lifecycle_support.
 * `instances` is 2 for Multi-AZ: the standby is charged too.
 */
export function extendedSupportComponent(ctx: PriceContext, engine: string, cls: string, instances: number, version = ctx.string('engine_version'), lifecycle = ctx.string('engine_lifecycle_support')): ComponentSpec[] {
  if (lifecycle === 'open-source-rds-extended-support-disabled') return [];
  if (version === undefined) return [];
  if (isUnknown(version)) return [];
  const major = majorOf(engine, version);
  const ends = major ? STANDARD_SUPPORT_ENDS[engine]?.[major] : undefined;
  if (!ends || ends >= SUPPORT_AS_OF) return [];
  if (lifecycle !== undefined && isUnknown(lifecycle)) return [unknownComponent('RDS Extended Support', 'vCPU-hours', lifecycle.unknown)];
  const year = yearThreeStarts(ends) <= SUPPORT_AS_OF ? 'year-3' : 'year-1-2';
  const vcpus = vcpusOfClass(cls);
  const label = { mysql: 'MySQL', postgres: 'PostgreSQL', 'aurora-mysql': 'Aurora MySQL', 'aurora-postgresql': 'Aurora PostgreSQL' }[engine] ?? engine;
  const name = `RDS Extended Support (${label} ${major}, ${year === 'year-3' ? 'year 3' : 'years 1-2'})`;
  if (vcpus === undefined) return [unknownComponent(name, 'vCPU-hours', `the vCPUs of ${cls} are not in Kensa's table`)];
  return [{ name, unit: 'vCPU-hours', priceKey: extendedSupportKey(engine, year), quantity: vcpus * instances, per: 'hour' }];
}

const ENGINES: Readonly<Record<string, string>> = {
  mysql: 'mysql', postgres: 'postgres', mariadb: 'mariadb',
  'oracle-se2': 'oracle-se2', 'oracle-se2-cdb': 'oracle-se2', 'oracle-ee': 'oracle-ee', 'oracle-ee-cdb': 'oracle-ee',
  'sqlserver-ex': 'sqlserver-ex', 'sqlserver-web': 'sqlserver-web', 'sqlserver-se': 'sqlserver-se', 'sqlserver-ee': 'sqlserver-ee',
};

const ENGINE_NAMES: Readonly<Record<string, string>> = {
  mysql: 'MySQL', postgres: 'PostgreSQL', mariadb: 'MariaDB', 'oracle-se2': 'Oracle SE2', 'oracle-ee': 'Oracle EE',
  'sqlserver-ex': 'SQL Server Express', 'sqlserver-web': 'SQL Server Web', 'sqlserver-se': 'SQL Server SE', 'sqlserver-ee': 'SQL Server EE',
};

const STORAGE_KEYS: Readonly<Record<string, string>> = { gp2: 'gp2', gp3: 'gp3', io1: 'io1', io2: 'io2', standard: 'magnetic' };

/** The license segment of the instance key, or why it cannot be told. */
function licenseOf(engine: string, model: string | undefined): string | { unknown: string } {
  if (engine.startsWith('sqlserver')) return 'license-included';
  if (engine === 'oracle-ee') return 'byol'; // Enterprise Edition is offered only with your own license
  if (engine === 'oracle-se2') {
    if (model === 'license-included') return 'license-included';
    if (model === 'bring-your-own-license') return 'byol';
    return { unknown: 'license_model is not set: Oracle SE2 is either license-included or bring-your-own-license' };
  }
  return 'none';
}

/**
 * Included gp3 performance: 3,000 IOPS and 125 MiB/s, or 12,000 IOPS and 500 MiB/s once RDS stripes
 * the storage over four volumes (400 GB for MySQL, MariaDB and PostgreSQL, 200 GB for Oracle);
 * SQL Server does not stripe (AWS RDS User Guide, "General Purpose SSD storage").
 */
function gp3Baseline(engine: string, size: number): { iops: number; throughput: number } {
  const threshold = engine.startsWith('sqlserver') ? Infinity : engine.startsWith('oracle') ? 200 : 400;
  return size >= threshold ? { iops: 12000, throughput: 500 } : { iops: 3000, throughput: 125 };
}

/**
 * Performance Insights long-term retention (beyond the free 7 days) is billed per vCPU-month. The
 * price data's Performance Insights rows ("ProvisionedFMR" / "ProvisionedAMR" vCPU-months) carry
 * no documented meaning (first and additional month, by the look of them), so Kensa does not map
 * them: the line is listed as unpriced, with the vCPUs and retention it would be billed on, never $0.
 */
export function performanceInsightsRetention(ctx: PriceContext, cls: string | undefined | { unknown: string }): ComponentSpec[] {
  const enabled = ctx.bool('performance_insights_enabled');
  if (enabled === undefined || enabled === false) return [];
  const days = ctx.number('performance_insights_retention_period');
  const name = 'Performance Insights long-term retention';
  if (isUnknown(enabled)) return [unknownComponent(name, 'vCPU-months', enabled.unknown)];
  if (isUnknown(days)) return [unknownComponent(name, 'vCPU-months', days.unknown)];
  if (days === undefined || days <= 7) return [];
  const vcpus = typeof cls === 'string' ? vcpusOfClass(cls) : undefined;
  const months = days >= 731 ? 24 : Math.round(days / 31);
  return [unknownComponent(`${name} (${months} month${months === 1 ? '' : 's'}${vcpus ? `, ${vcpus} vCPUs` : ''})`, 'vCPU-months', 'not priced: the price data has no Performance Insights retention rate Kensa can read with confidence')];
}

/**
 * An Aurora engine on aws_db_instance (as some modules write it): the Aurora instance rate of its
 * class, Standard storage configuration (the storage, its I/O and any I/O-Optimized choice belong
 * to the cluster), and Extended Support past the end of standard support.
 */
function auroraInstance(ctx: PriceContext, engineValue: string, cls: string | undefined | { unknown: string }): ComponentSpec[] {
  const family = engineValue === 'aurora-postgresql' ? 'postgresql' : engineValue === 'aurora' || engineValue === 'aurora-mysql' ? 'mysql' : undefined;
  if (!family) return [unknownComponent('Database instance', 'hours', `engine "${engineValue}" is not an Aurora engine Kensa prices`)];
  const label = family === 'mysql' ? 'Aurora MySQL' : 'Aurora PostgreSQL';
  if (cls === undefined || isUnknown(cls)) return [unknownComponent(`Database instance (${label})`, 'hours', cls === undefined ? 'instance_class is not set' : cls.unknown)];
  return [
    { name: `Database instance (${label}, ${cls}, Standard storage configuration)`, unit: 'hours', priceKey: `aurora.instance/${family}/${cls}/standard`, quantity: 1, per: 'hour', discount: 'rds', note: 'Aurora on aws_db_instance: storage and I/O are billed on the cluster' },
    ...extendedSupportComponent(ctx, `aurora-${family}`, cls, 1),
  ];
}

export default definePricer({
  resource: 'aws_db_instance',
  infracostUsage: {
    reserved_instance_term: { reservation: true },
    reserved_instance_payment_option: { reservation: true },
    monthly_standard_io_requests: { unused: 'I/O requests of magnetic storage are not priced.' },
    monthly_additional_performance_insights_requests: { unused: 'Performance Insights API requests are not priced.' },
  },
  docs: 'Instance hours by engine, license model, class and deployment (Multi-AZ doubles it), storage by type (gp2, gp3, io1, io2, magnetic; gp2 unless iops is set), provisioned IOPS (io1/io2, and gp3 IOPS and throughput above the included 3,000 IOPS/125 MiB/s, or 12,000/500 from 400 GB, 200 GB for Oracle), backup storage beyond the free allowance as usage, and RDS Extended Support per vCPU-hour (standby included) for MySQL and PostgreSQL majors past their end of standard support as of 2026-11-22, unless engine_lifecycle_support opts out. Performance Insights retention beyond the free 7 days is listed, unpriced (the price data\'s rates are not mapped). Aurora engines (aurora, aurora-mysql, aurora-postgresql) are priced at the Aurora instance rate (Standard configuration; storage belongs to the cluster). `= null` arguments take their defaults. Read replicas are priced as their own instances; Db2 and RDS Custom are not priced.',
  usage: {
    additional_backup_storage_gb: { unit: 'GB', description: 'Backup storage beyond the free allowance (the size of the provisioned storage) per month.' },
  },
  price(ctx) {
    const ref = ctx.get('replicate_source_db');
    // a replica names its source by identifier, id or ARN
    const source = ctx.referenced('replicate_source_db', 'aws_db_instance') ??
      (ref?.kind === 'string' ? ctx.resources('aws_db_instance').find((r) => r.value.kind === 'object' && r.value.entries.get('identifier')?.kind === 'string' && (r.value.entries.get('identifier') as { value: string }).value === ref.value) : undefined);
    let engineValue = ctx.string('engine');
    if (engineValue === undefined && source) {
      const e = source.value.kind === 'object' ? source.value.entries.get('engine') : undefined;
      if (e?.kind === 'string') engineValue = e.value;
    }
    const cls = ctx.string('instance_class');
    if (engineValue === undefined) return [unknownComponent('Database instance', 'hours', ctx.get('replicate_source_db') || ctx.get('snapshot_identifier') ? 'the engine comes from the source database or snapshot' : 'engine is not set')];
    if (isUnknown(engineValue)) return [unknownComponent('Database instance', 'hours', engineValue.unknown)];
    if (engineValue.startsWith('aurora')) return auroraInstance(ctx, engineValue, cls);
    const engine = ENGINES[engineValue];
    if (!engine) return [unknownComponent('Database instance', 'hours', `engine "${engineValue}" is not one Kensa prices (${engineValue.startsWith('aurora') ? 'Aurora instances are aws_rds_cluster_instance' : 'RDS Custom and Db2 are not in the catalogue'})`)];
    const multiAz = ctx.bool('multi_az');
    const out: ComponentSpec[] = [];
    const label = ENGINE_NAMES[engine]!;
    if (isUnknown(multiAz)) return [unknownComponent(`Database instance (${label})`, 'hours', multiAz.unknown)];
    const az = multiAz ? 'multi-az' : 'single-az';
    const model = ctx.string('license_model');
    const license = licenseOf(engine, isUnknown(model) ? undefined : model);
    if (cls === undefined || isUnknown(cls)) out.push(unknownComponent(`Database instance (${label})`, 'hours', cls === undefined ? 'instance_class is not set' : cls.unknown));
    else if (isUnknown(license)) out.push(unknownComponent(`Database instance (${label}, ${cls})`, 'hours', isUnknown(model) ? model.unknown : license.unknown));
    else {
      out.push({
        name: `Database instance (${label}, ${cls}, ${multiAz ? 'Multi-AZ' : 'Single-AZ'})`,
        unit: 'hours',
        priceKey: `rds.instance/${engine}/${license}/${cls}/${az}`,
        quantity: 1,
        per: 'hour',
        discount: 'rds',
      });
    }

    // storage
    // a replica without its own storage settings gets the source's
    const fromSource = (k: string): Value | undefined => (source?.value.kind === 'object' ? source.value.entries.get(k) : undefined);
    const sourceNumber = (k: string): number | undefined => { const v = fromSource(k); return v?.kind === 'number' ? v.value : undefined; };
    const sourceString = (k: string): string | undefined => { const v = fromSource(k); return v?.kind === 'string' ? v.value : undefined; };
    const iops = ctx.number('iops') ?? sourceNumber('iops');
    const typeValue = ctx.string('storage_type') ?? sourceString('storage_type') ?? (iops === undefined ? 'gp2' : 'io1');
    const size = ctx.number('allocated_storage') ?? sourceNumber('allocated_storage');
    if (isUnknown(typeValue)) out.push(unknownComponent('Storage', 'GB-months', typeValue.unknown));
    else if (!STORAGE_KEYS[typeValue]) out.push(unknownComponent('Storage', 'GB-months', `storage_type "${typeValue}" is not one Kensa prices`));
    else if (size === undefined) out.push(unknownComponent(`Storage (${typeValue})`, 'GB-months', 'allocated_storage comes from the source database or snapshot'));
    else if (isUnknown(size)) out.push(unknownComponent(`Storage (${typeValue})`, 'GB-months', size.unknown));
    else {
      // SQL Server Multi-AZ mirrors the storage: its own (same) rate
      const storageAz = multiAz && engine.startsWith('sqlserver') ? 'multi-az-mirror' : az;
      out.push({ name: `Storage (${typeValue})`, unit: 'GB-months', priceKey: `rds.storage/${STORAGE_KEYS[typeValue]}/${storageAz}`, quantity: size, per: 'month' });
      if (isUnknown(iops)) out.push(unknownComponent('Provisioned IOPS', 'IOPS-months', iops.unknown));
      else if ((typeValue === 'io1' || typeValue === 'io2') && iops !== undefined) {
        out.push({ name: `Provisioned IOPS (${typeValue})`, unit: 'IOPS-months', priceKey: `rds.iops/${typeValue}/${storageAz}`, quantity: iops, per: 'month' });
      } else if (typeValue === 'gp3') {
        const base = gp3Baseline(engine, size);
        const throughput = ctx.number('storage_throughput') ?? sourceNumber('storage_throughput');
        if (iops !== undefined && iops > base.iops) {
          out.push({ name: `Provisioned IOPS above ${base.iops.toLocaleString('en-US')} (gp3)`, unit: 'IOPS-months', priceKey: `rds.iops/gp3/${storageAz}`, quantity: iops - base.iops, per: 'month' });
        }
        if (isUnknown(throughput)) out.push(unknownComponent('Throughput (gp3)', 'MiBps-months', throughput.unknown));
        else if (throughput !== undefined && throughput > base.throughput) {
          out.push({ name: `Throughput above ${base.throughput} MiB/s (gp3)`, unit: 'MiBps-months', priceKey: `rds.throughput/gp3/${storageAz}`, quantity: throughput - base.throughput, per: 'month' });
        }
      }
    }
    out.push({ name: 'Backup storage beyond the free allowance', unit: 'GB', priceKey: 'rds.backup-storage', usage: 'additional_backup_storage_gb' });
    out.push(...performanceInsightsRetention(ctx, cls));
    if (typeof cls === 'string') out.push(...extendedSupportComponent(ctx, engine, cls, multiAz ? 2 : 1));
    return out;
  },
});
