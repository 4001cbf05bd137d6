import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../../test/support/paths';
import { catalogueRegions, catalogueSources, createCatalogue, priceOf, pricesAsOf, tiersOf } from './catalogue';
import { CATALOGUE_REGIONS, type CatalogueJson } from './catalogue-format';
import { PRICE_KEY_FAMILIES, priceKeyFamily } from './catalogue-keys';
import { applyOfferFile, readOfferFile } from '../../scripts/update-prices/aws-offers';
import { encodeCatalogue, findOfferFiles } from '../../scripts/update-prices/build';
import { PriceTable } from '../../scripts/update-prices/price-table';
import type { Locations } from '../../scripts/update-prices/feeds';

const CATALOGUE_FILE = fromRoot('src', 'cost', 'catalogue', 'aws.json');
const shipped = JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as CatalogueJson;

function price(key: string, region: string): number | undefined {
  return priceOf(key, region)?.price;
}

test('anchors from the pricing-data README, us-east-1', () => {
  const anchors: [string, number][] = [
    ['rds.instance/mysql/none/db.t4g.micro/single-az', 0.016],
    ['rds.instance/mysql/none/db.t4g.micro/multi-az', 0.032],
    ['rds.instance/mysql/none/db.m6g.large/single-az', 0.152],
    ['rds.instance/mysql/none/db.m6g.large/multi-az', 0.304],
    ['rds.storage/gp2/single-az', 0.115],
    ['rds.storage/gp3/multi-az', 0.23],
    ['rds.storage/io1/single-az', 0.125],
    ['rds.storage/magnetic/single-az', 0.1],
    ['rds.iops/io1/single-az', 0.1],
    ['rds.iops/gp3/single-az', 0.02],
    ['rds.throughput/gp3/single-az', 0.08],
    ['rds.backup-storage', 0.095],
    ['aurora.storage/standard', 0.1],
    ['aurora.storage/io-optimized', 0.225],
    ['aurora.io', 0.0000002],
    ['aurora.serverless-v2-acu/standard', 0.12],
    ['aurora.serverless-v2-acu/io-optimized', 0.16],
    ['elb.alb/hour', 0.0225],
    ['elb.alb/lcu', 0.008],
    ['elb.nlb/hour', 0.0225],
    ['elb.nlb/lcu', 0.006],
    ['elb.gwlb/hour', 0.0125],
    ['elb.gwlb/lcu', 0.004],
    ['elb.clb/hour', 0.025],
    ['elb.clb/gb', 0.008],
    ['ec2.eip/public-ipv4', 0.005],
    ['ec2.eip/idle', 0.005],
    ['vpc.endpoint/hour', 0.01],
    ['vpc.transit-gateway-attachment/hour', 0.05],
    ['vpc.transit-gateway-attachment/gb', 0.02],
    ['vpc.vpn/hour', 0.05],
    ['vpc.nat-gateway/hour', 0.045],
    ['vpc.nat-gateway/gb', 0.045],
    ['lambda.requests/x86', 0.0000002],
    ['lambda.requests/arm', 0.0000002],
    ['lambda.duration/x86/0', 0.0000166667],
    ['lambda.duration/arm/0', 0.0000133334],
    ['fargate.vcpu/x86', 0.04048],
    ['fargate.memory/x86', 0.004445],
    ['fargate.vcpu/arm', 0.03238],
    ['fargate.memory/arm', 0.00356],
    ['fargate.windows-license', 0.046],
    ['fargate.ephemeral-storage', 0.000111],
    ['eks.cluster/hour', 0.1],
    ['ec2.ebs/gp2', 0.1],
    ['ec2.ebs/gp3', 0.08],
    ['ec2.ebs/gp3-iops', 0.005],
    ['ec2.ebs/gp3-throughput', 0.04],
    ['ec2.ebs/io1', 0.125],
    ['ec2.ebs/io1-iops', 0.065],
    ['ec2.ebs/st1', 0.045],
    ['ec2.ebs/sc1', 0.015],
    ['ec2.ebs/standard', 0.05],
    ['ec2.ebs/snapshot', 0.05],
    ['ec2.instance/t3.micro/linux', 0.0104],
    ['ec2.instance/m5.large/linux', 0.096],
    ['msk.broker/kafka.m5.large', 0.21],
    ['msk.storage', 0.1],
    ['dynamodb.write-request/standard', 0.000000625],
    ['dynamodb.read-request/standard', 0.000000125],
    ['dynamodb.storage/standard', 0.25],
    ['sqs.requests/standard/0', 0.0000004],
    ['sqs.requests/fifo/0', 0.0000005],
    ['sns.requests', 0.0000005],
    ['kinesis.shard-hour', 0.015],
    ['kinesis.on-demand-stream-hour', 0.04],
    ['cloudwatch.metrics/0', 0.3],
    ['cloudwatch.alarm/standard', 0.1],
    ['cloudwatch.alarm/high-resolution', 0.3],
    ['cloudwatch.dashboard', 3],
    ['cloudwatch.logs-ingestion/standard', 0.5],
    ['cloudwatch.logs-storage', 0.03],
    ['cloudwatch.logs-insights', 0.005],
    ['route53.zone/0', 0.5],
    ['route53.zone/25', 0.1],
    ['route53.queries/standard/0', 0.0000004],
    ['kms.key', 1],
    ['kms.requests/symmetric', 0.000003],
    ['secretsmanager.secret', 0.4],
    ['secretsmanager.requests', 0.000005],
    ['ecr.storage', 0.1],
    ['efs.storage/standard', 0.3],
    ['s3.requests/standard/put', 0.000005],
    ['s3.requests/standard/get', 0.0000004],
    ['s3.storage/standard-ia/0', 0.0125],
    ['s3.storage/onezone-ia/0', 0.01],
    ['s3.storage/glacier-ir/0', 0.004],
    ['redshift.serverless-rpu', 0.375],
    ['cloudfront.transfer-out/united-states/0', 0.085],
    ['cloudfront.requests/united-states/https', 0.000001],
    ['transfer.internet-out/0', 0.09],
  ];
  for (const [key, expected] of anchors) assert.equal(price(key, 'us-east-1'), expected, key);
});

test('anchors outside us-east-1', () => {
  assert.equal(price('ec2.ebs/gp3', 'eu-central-1'), 0.0952);
  assert.equal(price('ec2.ebs/gp3', 'eu-west-1'), 0.088);
  assert.equal(price('ec2.instance/t3.micro/linux', 'eu-west-1'), 0.0114);
  assert.equal(price('ec2.instance/m5.large/linux', 'eu-west-1'), 0.107);
});

test('tiers come sorted with their bounds', () => {
  const s3 = tiersOf('s3.storage/standard', 'us-east-1');
  assert.deepEqual(
    s3.map((t) => [t.from, t.to, t.price]),
    [
      [0, 51200, 0.023],
      [51200, 512000, 0.022],
      [512000, undefined, 0.021],
    ],
  );
  assert.equal(s3[0]!.unit, 'GB-month');
  assert.deepEqual(tiersOf('ec2.ebs/io2-iops', 'us-east-1').map((t) => t.price), [0.065, 0.0455, 0.03185]);
  assert.deepEqual(tiersOf('transfer.internet-out', 'us-east-1').map((t) => [t.from, t.price]), [
    [0, 0.09],
    [10240, 0.085],
    [51200, 0.07],
    [153600, 0.05],
  ]);
  assert.deepEqual(tiersOf('cloudfront.transfer-out/united-states/', 'eu-west-1').map((t) => t.price), [0.085, 0.08, 0.06, 0.04, 0.03, 0.025, 0.02]);
  assert.deepEqual(tiersOf('lambda.duration/arm', 'us-east-1').map((t) => t.from), [0, 6000000000, 15000000000]);
  assert.deepEqual(tiersOf('s3.storage/standard', 'af-south-1'), []);
});

test('what the catalogue does not price is undefined, never 0', () => {
  assert.equal(priceOf('ec2.instance/t3.micro/windows', 'us-east-1'), undefined);
  assert.equal(priceOf('ec2.instance/t3.micro/linux', 'af-south-1'), undefined);
  assert.equal(priceOf('ec2.instance/no-such.type/linux', 'us-east-1'), undefined);
  assert.equal(priceOf('opensearch.storage/gp3', 'us-east-1'), undefined);
  assert.equal(priceOf('not a key', 'us-east-1'), undefined);
  const quote = priceOf('ec2.instance/t3.micro/linux', 'us-east-1');
  assert.ok(quote && quote.price > 0);
  for (const part of Object.values(shipped.services).flatMap((s) => s.parts)) {
    for (const row of Object.values(part.prices)) {
      const values = typeof row === 'number' ? [row] : row;
      for (const value of values) assert.ok(value === null || (typeof value === 'number' && value >= 0 && Number.isFinite(value)));
    }
  }
});

test('global prices answer in every region, with their source and date', () => {
  for (const region of CATALOGUE_REGIONS) assert.equal(price('route53.zone/0', region), 0.5);
  const cf = priceOf('cloudfront.transfer-out/eu/0', 'ap-south-1');
  assert.deepEqual(cf, { price: 0.085, unit: 'GB', asOf: '2025-07-01', source: 'lam-cloudfront' });
  assert.deepEqual(priceOf('rds.instance/mysql/none/db.t4g.micro/single-az', 'us-east-1'), { price: 0.016, unit: 'hour', asOf: '2025-06-18', source: 'quinnypig' });
  assert.equal(priceOf('vpc.nat-gateway/hour', 'us-east-1')?.source, 'lam-natgateway');
  assert.equal(priceOf('ec2.ebs/gp3', 'us-east-1')?.asOf, '2024-07-18');
});

test('EC2 follows the README precedence: Karpenter for new us-east-1 types, the Nov 2025 feed where they disagree', () => {
  assert.equal(priceOf('ec2.instance/m5.large/linux', 'us-east-1')?.source, 'karpenter');
  assert.equal(priceOf('ec2.instance/m5.large/linux', 'eu-west-1')?.source, 'lam-ec2');
  // README section 5: Karpenter has c6g.metal about 6 % higher than the published Nov 2025 feed
  assert.deepEqual(priceOf('ec2.instance/c6g.metal/linux', 'us-east-1'), { price: 2.176, unit: 'hour', asOf: '2025-11-04', source: 'lam-ec2' });
  assert.ok(price('ec2.instance/c8gd.large/linux', 'us-east-1') ?? price('ec2.instance/c8a.large/linux', 'us-east-1'), 'a 2026 family only Karpenter has');
});

test('each of the 15 regions has EC2, EBS, RDS, ELB and NAT prices', () => {
  assert.deepEqual(catalogueRegions(), [...CATALOGUE_REGIONS]);
  assert.equal(CATALOGUE_REGIONS.length, 15);
  const required = [
    'ec2.instance/t3.micro/linux',
    'ec2.instance/m5.large/linux',
    'ec2.ebs/gp3',
    'ec2.ebs/gp2',
    'rds.instance/mysql/none/db.t3.micro/single-az',
    'rds.instance/postgres/none/db.m5.large/multi-az',
    'rds.storage/gp3/single-az',
    'elb.alb/hour',
    'elb.nlb/hour',
    'vpc.nat-gateway/hour',
    'vpc.nat-gateway/gb',
    'lambda.requests/x86',
    's3.storage/standard/0',
  ];
  for (const region of CATALOGUE_REGIONS) for (const key of required) assert.ok(price(key, region) !== undefined, `${key} in ${region}`);
});

test('the shipped catalogue stays under 2 MB', () => {
  const size = statSync(CATALOGUE_FILE).size;
  assert.ok(size < 2 * 1024 * 1024, `${size} bytes`);
  assert.ok(size > 100 * 1024, 'suspiciously small');
});

test('every key matches the documented schema, and docs/prices.md lists every family', () => {
  const docs = readFileSync(fromRoot('docs', 'prices.md'), 'utf8');
  const keys = createCatalogue(shipped).keys();
  assert.ok(keys.length > 1000);
  for (const key of keys) assert.ok(priceKeyFamily(key), `undocumented key ${key}`);
  for (const family of PRICE_KEY_FAMILIES) {
    // the docs table escapes the template's pipes
    assert.ok(docs.includes(`\`${family.template.replace(/\|/g, '\\|')}\``), `docs/prices.md misses ${family.template}`);
  }
  // families are disjoint: no key matches two rows
  for (const key of keys) assert.equal(PRICE_KEY_FAMILIES.filter((f) => f.pattern.test(key)).length, 1, key);
});

test('dates and sources are stamped per service and per part', () => {
  for (const [name, service] of Object.entries(shipped.services)) {
    assert.match(service.asOf, /^\d{4}-\d{2}-\d{2}$/, name);
    assert.equal(service.asOf, service.parts.map((p) => p.asOf).sort()[0], name);
    for (const part of service.parts) assert.ok(shipped.sources[part.source], `${name}: source ${part.source} described`);
  }
  assert.equal(pricesAsOf(), Object.values(shipped.services).map((s) => s.asOf).sort()[0]);
  assert.equal(pricesAsOf('rds'), '2025-06-18');
  assert.equal(pricesAsOf('rds.instance/mysql/none/db.t4g.micro/single-az'), '2025-06-18');
  assert.throws(() => pricesAsOf('nope'));
  assert.equal(catalogueSources().quinnypig?.commit, '0dfc00055a8b58c7227c1de890d79833b4e07f11');
});

test('AWS Price List offer files override matching keys and add the ones the feeds lack', () => {
  const locations: Locations = {
    codeOf: new Map([
      ['US East (N. Virginia)', 'us-east-1'],
      ['EU (Ireland)', 'eu-west-1'],
      ['Asia Pacific (Osaka)', 'ap-northeast-3'],
    ]),
    nameOf: new Map([['us-east-1', 'US East (N. Virginia)']]),
    names: [],
  };
  const table = new PriceTable();
  table.set('ec2.instance/t3.micro/linux', 'us-east-1', 0.0104, 'lam-ec2', '2025-11-04');
  table.set('ec2.instance/t3.micro/linux', 'eu-west-1', 0.0114, 'lam-ec2', '2025-11-04');
  table.set('ec2.ebs/gp3', 'us-east-1', 0.08, 'yeo-ebs', '2024-07-18');
  const dir = fromRoot('src', 'cost', 'testdata', 'aws-offers');
  const files = findOfferFiles(dir);
  assert.equal(files.length, 2);
  const extra: Record<string, ReturnType<typeof applyOfferFile>['source']> = {};
  for (const file of files) {
    const { source, cells } = applyOfferFile(readOfferFile(file), file, table, CATALOGUE_REGIONS, locations);
    assert.ok(cells > 0, file);
    extra[source.id] = source;
  }
  const catalogue = createCatalogue(encodeCatalogue(table, extra));
  const ec2 = { asOf: '2026-01-01', source: 'aws-offers/AmazonEC2' };
  assert.deepEqual(catalogue.priceOf('ec2.instance/t3.micro/linux', 'us-east-1'), { price: 0.0111, unit: 'hour', ...ec2 });
  assert.deepEqual(catalogue.priceOf('ec2.instance/t3.micro/linux', 'eu-west-1'), { price: 0.0114, unit: 'hour', asOf: '2025-11-04', source: 'lam-ec2' });
  // Windows licence included, without SQL Server: the SQL Std product must not overwrite it
  assert.deepEqual(catalogue.priceOf('ec2.instance/t3.micro/windows', 'us-east-1'), { price: 0.0196, unit: 'hour', ...ec2 });
  assert.equal(catalogue.priceOf('ec2.instance/m5.large/linux/dedicated', 'us-east-1')?.price, 0.106);
  assert.deepEqual(catalogue.priceOf('ec2.cpu-credits/t3/linux', 'us-east-1'), { price: 0.05, unit: 'vCPU-hour', ...ec2 });
  assert.equal(catalogue.priceOf('ec2.ebs/gp3', 'us-east-1')?.price, 0.07);
  assert.equal(catalogue.priceOf('ec2.ebs/gp3-throughput', 'us-east-1')?.price, 0.05);
  assert.deepEqual(catalogue.priceOf('opensearch.storage/gp3', 'eu-west-1'), { price: 0.134, unit: 'GB-month', asOf: '2025-12-15', source: 'aws-offers/AmazonES' });
  // Osaka is outside the catalogue's regions
  assert.equal(catalogue.priceOf('ec2.instance/t3.micro/linux', 'ap-northeast-3'), undefined);
  assert.equal(catalogue.sources()['aws-offers/AmazonEC2']?.asOf, '2026-01-01');
  // the EBS feed's gp3 cell was replaced, so the oldest ec2 part left is the Nov 2025 feed
  assert.equal(catalogue.pricesAsOf('ec2'), '2025-11-04');
});

test('an offer file of the wrong shape is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kensa-offer-'));
  try {
    const path = join(dir, 'index.json');
    writeFileSync(path, JSON.stringify({ products: {} }));
    assert.throws(() => readOfferFile(path), /not an AWS Price List offer file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bundled, the catalogue is embedded but evaluated only on the first lookup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kensa-catalogue-'));
  try {
    const outfile = join(dir, 'bundle.js');
    // the same options as esbuild.mjs's bundles
    execFileSync(fromRoot('node_modules', '.bin', 'esbuild'), [fromRoot('src', 'cost', 'catalogue.ts'), '--bundle', '--platform=node', '--format=cjs', `--outfile=${outfile}`, '--log-level=error'], { cwd: fromRoot() });
    const text = readFileSync(outfile, 'utf8');
    assert.ok(text.includes('"ec2.instance/t3.micro/linux"'), 'the JSON is inside the bundle');
    // esbuild wraps a required JSON file in a lazy module factory; nothing evaluates it at load time
    assert.match(text, /__commonJS\(\{\s*"[^"]*catalogue\/aws\.json"/);
    const mod = require(outfile) as typeof import('./catalogue');
    assert.equal(mod.priceOf('elb.alb/hour', 'us-east-1')?.price, 0.0225);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
