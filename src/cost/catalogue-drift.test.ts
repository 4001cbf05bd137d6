/**
 * The shipped catalogue against its sources in ../shared/pricing-data: 40-odd entries re-read straight
 * from the files (exact labels, no builder code), then a full rebuild compared cell by cell. The data
 * is found at $KENSA_PRICING_DATA, else shared/ beside the repository, else shared/ beside the local
 * repository this one was cloned from (a CI clone made elsewhere); a missing folder fails the test
 * rather than skipping it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot, sharedFolder } from '../../test/support/paths';
import { createCatalogue } from './catalogue';
import type { CatalogueJson } from './catalogue-format';
import { buildFromSources, encodeCatalogue } from '../../scripts/update-prices/build';

const DATA = sharedFolder('KENSA_PRICING_DATA', 'pricing-data');

const shipped = JSON.parse(readFileSync(fromRoot('src', 'cost', 'catalogue', 'aws.json'), 'utf8')) as CatalogueJson;
const catalogue = createCatalogue(shipped);

const cache = new Map<string, unknown>();
function load<T>(relative: string): T {
  if (!cache.has(relative)) cache.set(relative, JSON.parse(readFileSync(join(DATA, relative), 'utf8')));
  return cache.get(relative) as T;
}

/** A QuinnyPig processed rate: the label (one of its `;` alternatives, group prefix dropped) at a location. */
function qp(file: string, label: string, location: string): number {
  const feed = load<Record<string, Record<string, string>>>(`quinnypig-aws-price-watcher/processed/${file}.json`);
  const found = Object.entries(feed).filter(([full]) => full.replace(/^\[[^\]]*\]\s*/, '').split(';').map((s) => s.trim()).includes(label));
  assert.ok(found.length > 0, `${file}: no label ${label}`);
  const values = new Set<string>();
  for (const [, byLocation] of found) {
    for (const [key, value] of Object.entries(byLocation)) if (key === location || key.startsWith(`${location} (`)) values.add(value);
  }
  assert.equal(values.size, 1, `${file}: ${label} at ${location}: ${[...values].join(', ') || 'absent'}`);
  return Number([...values][0]);
}

/** A raw pricing-page feed rate. */
function raw(relative: string, location: string, label: string): number {
  const feed = load<{ regions: Record<string, Record<string, { price: string }>> }>(relative);
  const rate = feed.regions[location]?.[label];
  assert.ok(rate, `${relative}: no ${label} at ${location}`);
  return Number(rate.price);
}

function lamEc2(region: string, type: string): number {
  const rows = load<{ region: string; attributes: { instanceType: string; operatingSystem: string }; pricePerUnit: string }[]>('lamngockhuong-aws-price/lib/data/pricing/ec2-transformed.json');
  const row = rows.find((r) => r.region === region && r.attributes.instanceType === type && r.attributes.operatingSystem === 'Linux');
  assert.ok(row, `ec2-transformed: ${type} in ${region}`);
  return Number(row.pricePerUnit);
}

function karpenter(type: string): number {
  const value = load<{ prices: Record<string, Record<string, number>> }>('karpenter-provider-aws/ec2-ondemand-linux-prices.json').prices['us-east-1']?.[type];
  assert.ok(value !== undefined, `karpenter: ${type}`);
  return value;
}

const EBS = 'yeo-ec2.shop/data/ebs/ebs.json';
const NAT = 'lamngockhuong-aws-price/lib/data/pricing/natgateway.json';
const CLOUDFRONT = 'lamngockhuong-aws-price/lib/data/pricing/cloudfront.json';

/** [key, region, the value read from the source]. Spread over services, sources and regions. */
const SAMPLE: [string, string, () => number][] = [
  ['ec2.instance/m5.large/linux', 'us-east-1', () => karpenter('m5.large')],
  ['ec2.instance/t3.micro/linux', 'eu-west-1', () => lamEc2('eu-west-1', 't3.micro')],
  ['ec2.instance/c6i.xlarge/linux', 'ap-south-1', () => lamEc2('asia-pacific-(mumbai)', 'c6i.xlarge')],
  ['ec2.instance/r6g.large/linux', 'sa-east-1', () => lamEc2('south-america-(sao-paulo)', 'r6g.large')],
  ['ec2.instance/m7g.medium/linux', 'ca-central-1', () => lamEc2('canada-(central)', 'm7g.medium')],
  ['ec2.instance/t4g.small/linux', 'eu-north-1', () => lamEc2('eu-(stockholm)', 't4g.small')],
  ['ec2.ebs/gp3', 'eu-central-1', () => raw(EBS, 'EU (Frankfurt)', 'Storage General Purpose gp3 GB Mo')],
  ['ec2.ebs/gp3-throughput', 'ap-northeast-1', () => raw(EBS, 'Asia Pacific (Tokyo)', 'Provisioned Throughput gp3 per GiBps mo') / 1024],
  ['ec2.ebs/io2-iops/32000', 'us-west-2', () => raw(EBS, 'US West (Oregon)', 'Provisioned EBS IOPS Tier 2 io2 Volumes per IOPS Mo')],
  ['ec2.ebs/snapshot', 'ap-southeast-2', () => raw(EBS, 'Asia Pacific (Sydney)', 'Storage Snapshot Amazon S3 GB Mo')],
  ['ec2.eip/idle', 'eu-west-2', () => qp('vpc', 'Hourly charge for Idle Public IPv4 Addresses per Hrs', 'EU (London)')],
  ['vpc.nat-gateway/hour', 'ap-southeast-1', () => raw(NAT, 'Asia Pacific (Singapore)', 'Hourly charge for NAT Gateways')],
  ['vpc.nat-gateway/gb', 'sa-east-1', () => raw(NAT, 'South America (Sao Paulo)', 'Charge for per GB data processed by NatGateways')],
  ['vpc.endpoint/hour', 'eu-central-1', () => qp('vpc', 'Hourly charge for VPC Endpoints per Hrs', 'EU (Frankfurt)')],
  ['vpc.transit-gateway-attachment/hour', 'ap-northeast-2', () => qp('vpc', 'Hourly charge for Transit Gateway VPC Attachments per hour', 'Asia Pacific (Seoul)')],
  ['elb.alb/hour', 'eu-west-1', () => qp('elb', 'Application Load Balancer Hours', 'EU (Ireland)')],
  ['elb.nlb/lcu', 'us-west-1', () => qp('elb', 'Network Load Balancer LCU Hours', 'US West (N. California)')],
  ['rds.instance/postgres/none/db.r6g.xlarge/multi-az', 'eu-west-1', () => qp('rds-postgresql-ondemand', 'Database Instance PostgreSQL No license required db r6g.xlarge Memory optimized Multi-AZ Current Generation', 'EU (Ireland)')],
  ['rds.instance/sqlserver-se/license-included/db.m5.xlarge/single-az', 'us-east-2', () => qp('rds-sqlserver-ondemand', 'Database Instance SQL Server Standard License included db m5.xlarge General purpose Single-AZ Current Generation', 'US East (Ohio)')],
  ['rds.instance/oracle-se2/byol/db.m5.large/single-az', 'ap-southeast-2', () => qp('rds-oracle-ondemand', 'Database Instance Oracle Standard Two Bring your own license db m5.large General purpose Single-AZ Current Generation', 'Asia Pacific (Sydney)')],
  ['rds.instance/mariadb/none/db.t4g.medium/single-az', 'ca-central-1', () => qp('rds-mariadb-ondemand', 'Database Instance MariaDB No license required db t4g.medium General purpose Single-AZ Current Generation', 'Canada (Central)')],
  ['rds.storage/gp3/multi-az', 'ap-northeast-1', () => qp('rds-mysql-ondemand', 'Database Storage Multi AZ General Purpose-GP3', 'Asia Pacific (Tokyo)')],
  ['rds.extended-support/postgres/11/year-3', 'us-east-1', () => qp('rds-postgresql-ondemand', 'PostgreSQL Year 3 11', 'US East (N. Virginia)')],
  ['aurora.instance/postgresql/db.r6g.large/io-optimized', 'eu-west-2', () => qp('rds-aurora-ondemand', 'Database Instance Aurora PostgreSQL No license required Aurora IO Optimization Mode db r6g.large Memory optimized Single-AZ Current Generation', 'EU (London)')],
  ['aurora.storage/standard', 'eu-central-1', () => qp('rds-aurora-storage', 'Database Storage DB Engine Aurora PostgreSQL General Purpose Aurora', 'EU (Frankfurt)')],
  ['s3.storage/standard/51200', 'sa-east-1', () => qp('s3', 'Standard Storage Next 450 TB per GB Mo', 'South America (Sao Paulo)')],
  ['s3.requests/standard/get', 'ap-south-1', () => qp('s3', 'GET and all other requests per Requests', 'Asia Pacific (Mumbai)')],
  ['lambda.duration/arm/0', 'eu-north-1', () => qp('lambda', 'Lambda Duration-ARM', 'EU (Stockholm)')],
  ['fargate.vcpu/windows', 'us-west-2', () => qp('ecs', 'perCPU per hour Windows', 'US West (Oregon)')],
  ['eks.cluster/extended-support', 'ap-southeast-1', () => qp('eks', 'Compute ExtendedSupport per Hours', 'Asia Pacific (Singapore)')],
  ['dynamodb.rcu/standard', 'eu-west-1', () => qp('dynamodb', 'Provisioned Read Units', 'EU (Ireland)')],
  ['elasticache.node/redis/cache.r6g.large', 'eu-central-1', () => qp('elasticache', 'OnDemand Cache Instance Memory optimized cache r6g.large Redis Current Generation', 'EU (Frankfurt)')],
  ['opensearch.instance/m6g.large.search', 'us-east-2', () => qp('es', 'm6g large.search - General purpose - OnDemand - EBS Only - - - Hourly Cost', 'US East (Ohio)')],
  ['redshift.node/ra3.xlplus', 'eu-west-1', () => qp('redshift', 'ra3 xlplus OnDemand Compute Instance Current Generation', 'EU (Ireland)')],
  ['msk.broker/kafka.m5.large', 'ap-northeast-1', () => qp('msk', 'RunBroker m5.large', 'Asia Pacific (Tokyo)')],
  ['docdb.instance/db.r5.large/standard', 'eu-west-1', () => qp('docdb', 'OnDemand-instancetype-db.r5.large', 'EU (Ireland)')],
  ['mq.broker/activemq/active-standby/mq.m5.large', 'us-west-2', () => qp('mq', 'Active Standby mq m5.large', 'US West (Oregon)')],
  ['sqs.requests/fifo/0', 'eu-west-2', () => qp('queueservice', 'FIFO first-in first-out per Requests', 'EU (London)')],
  ['kinesis.shard-hour', 'ap-southeast-2', () => qp('kinesis', 'Provisioned shard hour per ShardHour', 'Asia Pacific (Sydney)')],
  ['cloudwatch.logs-ingestion/standard', 'sa-east-1', () => qp('cloudwatch', 'Logs Collected Data Ingestion', 'South America (Sao Paulo)')],
  ['route53.zone/0', 'eu-west-1', () => qp('route53', 'DNS Zone first 25', 'Any')],
  ['kms.key', 'ap-south-1', () => qp('kms', 'Encryption Key', 'Asia Pacific (Mumbai)')],
  ['secretsmanager.secret', 'ca-central-1', () => qp('secretsmanager', 'Secret', 'Canada (Central)')],
  ['cloudfront.transfer-out/japan/10240', 'us-east-1', () => raw(CLOUDFRONT, '', 'Regional DT from Japan to Internet Next 40 TB')],
  ['transfer.internet-out/10240', 'eu-central-1', () => qp('datatransfer', 'DataTransfer External Outbound Next 40 TB', 'EU (Frankfurt)')],
];

test('the pricing data is beside the repository (CI checks out shared/ next to the clone)', () => {
  assert.ok(existsSync(join(DATA, 'README.md')), `missing ${DATA}: the drift check needs shared/pricing-data beside the repository`);
});

test(`${SAMPLE.length} sampled entries equal their source files`, () => {
  assert.ok(SAMPLE.length >= 40);
  const services = new Set(SAMPLE.map(([key]) => key.slice(0, key.indexOf('.'))));
  assert.ok(services.size >= 20, `spread over ${services.size} services`);
  for (const [key, region, read] of SAMPLE) {
    const expected = Number(read().toPrecision(12));
    assert.equal(catalogue.priceOf(key, region)?.price, expected, `${key} in ${region}`);
  }
});

test('a fresh build from the sources reproduces every shipped cell', () => {
  const { table, report } = buildFromSources(DATA);
  assert.deepEqual(report.unmatchedRules, [], 'every label rule still matches a rate');
  assert.deepEqual(report.conflicts, []);
  const fresh = createCatalogue(encodeCatalogue(table));
  const offerSources = new Set(Object.keys(shipped.sources).filter((id) => id.startsWith('aws-offers/')));
  let compared = 0;
  const drift: string[] = [];
  for (const key of catalogue.keys()) {
    for (const region of catalogue.regions()) {
      const have = catalogue.priceOf(key, region);
      // cells a user took from AWS offer files cannot be rebuilt from shared/ alone
      if (have && offerSources.has(have.source)) continue;
      const want = fresh.priceOf(key, region);
      compared++;
      if (have?.price !== want?.price || have?.source !== want?.source) drift.push(`${key} ${region}: shipped ${have?.price} (${have?.source}), sources ${want?.price} (${want?.source})`);
    }
  }
  const shippedKeys = new Set(catalogue.keys());
  for (const key of fresh.keys()) if (!shippedKeys.has(key)) drift.push(`${key}: in the sources, not shipped`);
  assert.ok(compared > 10000);
  assert.deepEqual(drift.slice(0, 20), [], `${drift.length} cells drifted; run npm run update-prices`);
});
