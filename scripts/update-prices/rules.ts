/**
 * Label rules: which feed rate becomes which price key. One row per rate family, declared as data:
 * the feed file, an anchored regex on the rate's descriptive label, and the key (or a function of the
 * regex groups and the location's attributes). Labels are AWS's undocumented text, so every regex is
 * anchored and the builder reports rules that matched nothing (see build.ts).
 */

/** A rule over one feed file. */
export interface LabelRule {
  /** QuinnyPig processed file name without `.json`, or a raw feed id (`natgateway`, `cloudfront`, `ebs`). */
  readonly file: string;
  readonly label: RegExp;
  /** The key, or a function of the match giving the key(s); undefined skips the rate. */
  readonly key: string | ((m: RegExpExecArray, attributes: Readonly<Record<string, string>>, codeOf: ReadonlyMap<string, string>) => string | readonly string[] | undefined);
  /** Divide the feed's price by this (a unit conversion). */
  readonly divisor?: number;
  /** The rate is global: read it from location `Any` or `` and store it for every region. */
  readonly global?: boolean;
  /** Only fill cells no earlier rule set (a generic file behind more specific ones). */
  readonly fillOnly?: boolean;
  /**
   * Rates of one region that disagree leave the cell empty instead of being a conflict: the feed prices
   * the item per sub-location (a Direct Connect location) that a resource does not name by the feed's label.
   */
  readonly agreeOnly?: boolean;
}

function rule(file: string, label: RegExp, key: LabelRule['key'], extra: Partial<Pick<LabelRule, 'divisor' | 'global' | 'fillOnly' | 'agreeOnly'>> = {}): LabelRule {
  return { file, label, key, ...extra };
}

/** GB per TB and TB per PB in AWS's tier tables. */
const TB = 1024;
const PB = 1024 * TB;

const RDS_ENGINE: Record<string, string> = {
  MySQL: 'mysql',
  PostgreSQL: 'postgres',
  MariaDB: 'mariadb',
  'Oracle Standard Two': 'oracle-se2',
  'Oracle Enterprise': 'oracle-ee',
  'SQL Server Express': 'sqlserver-ex',
  'SQL Server Web': 'sqlserver-web',
  'SQL Server Standard': 'sqlserver-se',
  'SQL Server Enterprise': 'sqlserver-ee',
};
const RDS_LICENSE: Record<string, string> = {
  'No license required': 'none',
  'License included': 'license-included',
  'Bring your own license': 'byol',
};
const RDS_AZ: Record<string, string> = {
  'Single-AZ': 'single-az',
  'Multi-AZ': 'multi-az',
  'Multi-AZ readable standbys': 'multi-az-cluster',
};
const RDS_STORAGE_AZ: Record<string, string> = {
  'Single AZ': 'single-az',
  'Multi AZ': 'multi-az',
  'Multi AZ readable standbys': 'multi-az-cluster',
  'Multi AZ SQL Server Mirror': 'multi-az-mirror',
};
const RDS_VOLUME: Record<string, string> = {
  'General Purpose': 'gp2',
  'General Purpose-GP3': 'gp3',
  'Provisioned IOPS': 'io1',
  'Provisioned IOPS-IO2': 'io2',
  Magnetic: 'magnetic',
};
const RDS_INSTANCE = new RegExp(
  `^Database Instance (${Object.keys(RDS_ENGINE).join('|')}) (${Object.keys(RDS_LICENSE).join('|')}) db ([a-z0-9.-]+) .*?(Single-AZ|Multi-AZ readable standbys|Multi-AZ)(?: (?:Current|Previous) Generation)?$`,
);
const RDS_ENGINE_FILES = ['rds-mysql-ondemand', 'rds-postgresql-ondemand', 'rds-mariadb-ondemand', 'rds-oracle-ondemand', 'rds-sqlserver-ondemand'];
// each engine file repeats the storage rates; rds-storage.json only fills what they lack, because in
// eu-west-2 it quotes Multi-AZ magnetic at 0.231 where every engine file (and twice Single-AZ) says 0.232
const RDS_STORAGE_FILES = [...RDS_ENGINE_FILES, 'rds-storage'];

function rdsInstanceKey(m: RegExpExecArray, attributes: Readonly<Record<string, string>>): string | undefined {
  const cls = `db.${m[3]}`;
  // the location attributes name the class too; a disagreement means the label was misread
  if (attributes['Instance Type'] && attributes['Instance Type'] !== cls) return undefined;
  return `rds.instance/${RDS_ENGINE[m[1]!]}/${RDS_LICENSE[m[2]!]}/${cls}/${RDS_AZ[m[4]!]}`;
}

/** "Any Year 1 Year 2 13": Extended Support of a major version; "Any" covers RDS and Aurora alike. */
function extendedSupportKeys(m: RegExpExecArray): string[] {
  const [, engine, years, majorText] = m;
  const major = majorText!.replace(' ', '.');
  const year = years === 'Year 3' ? 'year-3' : 'year-1-2';
  const mysqlFamily = major.startsWith('5.') || major.startsWith('8.');
  const engines =
    engine === 'Any'
      ? mysqlFamily
        ? ['mysql', 'aurora-mysql']
        : ['postgres', 'aurora-postgresql']
      : [{ MySQL: 'mysql', PostgreSQL: 'postgres', 'Aurora MySQL': 'aurora-mysql', 'Aurora PostgreSQL': 'aurora-postgresql' }[engine!]!];
  return engines.map((e) => `rds.extended-support/${e}/${major}/${year}`);
}
const EXTENDED_SUPPORT = /^(Any|MySQL|PostgreSQL|Aurora MySQL|Aurora PostgreSQL) (Year 1 Year 2|Year 3) ([0-9]+(?: [0-9]+)?)$/;

const S3_STORAGE: readonly (readonly [RegExp, string])[] = [
  [/^Standard Storage First 50 TB per GB Mo$/, 's3.storage/standard/0'],
  [/^Standard Storage Next 450 TB per GB Mo$/, `s3.storage/standard/${50 * TB}`],
  [/^Standard Storage Over 500 TB per GB Mo$/, `s3.storage/standard/${500 * TB}`],
  [/^Intelligent Tiering Frequent Access First 50 TB per GB Mo$/, 's3.storage/intelligent-tiering-frequent/0'],
  [/^Intelligent Tiering Frequent Access Next 450 TB per GB Mo$/, `s3.storage/intelligent-tiering-frequent/${50 * TB}`],
  [/^Intelligent Tiering Frequent Access Over 500 TB per GB Mo$/, `s3.storage/intelligent-tiering-frequent/${500 * TB}`],
  [/^Intelligent Tiering Infrequent Access per GB Mo$/, 's3.storage/intelligent-tiering-infrequent/0'],
  [/^Intelligent Tiering Archive Instant Access$/, 's3.storage/intelligent-tiering-archive-instant/0'],
  [/^IntelligentTieringArchiveAccess$/, 's3.storage/intelligent-tiering-archive/0'],
  [/^IntelligentTieringDeepArchiveAccess$/, 's3.storage/intelligent-tiering-deep-archive/0'],
  [/^Standard Infrequent Access Storage per GB-Mo$/, 's3.storage/standard-ia/0'],
  [/^One Zone Infrequent Access Storage Inf per GB-Mo$/, 's3.storage/onezone-ia/0'],
  [/^Glacier Instant Retrieval Storage$/, 's3.storage/glacier-ir/0'],
  [/^Glacier Storage per GB Mo$/, 's3.storage/glacier/0'],
];
const S3_REQUESTS: readonly (readonly [RegExp, string])[] = [
  [/^PUT COPY\/POST or LIST requests per Requests$/, 's3.requests/standard/put'],
  [/^GET and all other requests per Requests$/, 's3.requests/standard/get'],
  [/^PUT COPY\/POST or LIST requests to Standard Infrequent Access per Requests$/, 's3.requests/standard-ia/put'],
  [/^GET and all other requests to Standard Infrequent Access per Requests$/, 's3.requests/standard-ia/get'],
  [/^PUT COPY\/POST or LIST requests to One Zone Infrequent Access per Requests$/, 's3.requests/onezone-ia/put'],
  [/^GET and all other requests to One Zone Infrequent Access per Requests$/, 's3.requests/onezone-ia/get'],
  [/^PUT COPY\/POST or LIST requests to Glacier Instant Retrieval per Requests$/, 's3.requests/glacier-ir/put'],
  [/^GET and all other requests to Glacier Instant Retrieval per Requests$/, 's3.requests/glacier-ir/get'],
  [/^PUT requests to Glacier per Requests$/, 's3.requests/glacier/put'],
  [/^GET and all other requests to GLACIER per Requests$/, 's3.requests/glacier/get'],
  [/^PUT COPY\/POST or LIST requests to Intelligent Tiering per Requests$/, 's3.requests/intelligent-tiering/put'],
  [/^GET and all other requests to Intelligent Tiering per Requests$/, 's3.requests/intelligent-tiering/get'],
  [/^GET and all other requests to GDA per Requests$/, 's3.requests/deep-archive/get'],
];

const CLOUDFRONT_AREA: Record<string, string> = {
  'United States': 'united-states',
  Canada: 'canada',
  EU: 'eu',
  Japan: 'japan',
  'Asia Pacific': 'asia-pacific',
  Australia: 'australia',
  India: 'india',
  'South America': 'south-america',
  'South Africa': 'south-africa',
  'Middle East': 'middle-east',
};
const CLOUDFRONT_TIER: Record<string, number> = {
  'First 10 TB': 0,
  'Next 40 TB': 10 * TB,
  'next 100 TB': 50 * TB,
  'Next 350 TB': 150 * TB,
  'next 524 TB': 500 * TB,
  'Next 4 PB': 1024 * TB,
  'Over 5 PB': 5 * PB,
};
const AREAS = Object.keys(CLOUDFRONT_AREA).join('|');

const ELASTICACHE_INSTANCE = /^OnDemand Cache Instance .*? cache ([a-z0-9.-]+) (Redis|Valkey|Memcached)\b.*$/;

/** Every rule, by service. */
export const LABEL_RULES: readonly LabelRule[] = [
  // EBS (raw feed, yeo-ec2.shop)
  rule('ebs', /^Storage General Purpose gp2 GB Mo$/, 'ec2.ebs/gp2'),
  rule('ebs', /^Storage General Purpose gp3 GB Mo$/, 'ec2.ebs/gp3'),
  rule('ebs', /^Storage Provisioned IOPS io1 GB Mo$/, 'ec2.ebs/io1'),
  rule('ebs', /^Storage Provisioned IOPS io2 GB month$/, 'ec2.ebs/io2'),
  rule('ebs', /^Storage Throughput Optimized HDD st1 GB Mo$/, 'ec2.ebs/st1'),
  rule('ebs', /^Storage Cold HDD sc1 GB Mo$/, 'ec2.ebs/sc1'),
  rule('ebs', /^Storage Magnetic standard GB Mo$/, 'ec2.ebs/standard'),
  rule('ebs', /^Provisioned EBS IOPS gp3 Volumes per IOPS Mo$/, 'ec2.ebs/gp3-iops'),
  rule('ebs', /^Provisioned EBS IOPS io1 Volumes per IOPS Mo$/, 'ec2.ebs/io1-iops'),
  // io2 IOPS tiers: up to 32,000 IOPS, 32,001 to 64,000, above 64,000 per volume (EBS pricing page)
  rule('ebs', /^Provisioned EBS IOPS io2 Volumes per IOPS Mo$/, 'ec2.ebs/io2-iops/0'),
  rule('ebs', /^Provisioned EBS IOPS Tier 2 io2 Volumes per IOPS Mo$/, 'ec2.ebs/io2-iops/32000'),
  rule('ebs', /^Provisioned EBS IOPS Tier 3 io2 Volumes per IOPS Mo$/, 'ec2.ebs/io2-iops/64000'),
  // the feed quotes gp3 throughput per GiB/s-month; pricers provision MiB/s
  rule('ebs', /^Provisioned Throughput gp3 per GiBps mo$/, 'ec2.ebs/gp3-throughput', { divisor: 1024 }),
  rule('ebs', /^Provisioned EBS I O Requests standard Volumes per IOs$/, 'ec2.ebs/standard-io'),
  rule('ebs', /^Storage Snapshot Amazon S3 GB Mo$/, 'ec2.ebs/snapshot'),
  rule('ebs', /^Storage Snapshot Amazon S3 SnapshotArchiveStorage GB Mo$/, 'ec2.ebs/snapshot-archive'),
  rule('ebs', /^Fast Snapshot Restore per hours$/, 'ec2.ebs/fast-snapshot-restore'),

  // VPC (QuinnyPig vpc.json; NAT gateway from the raw natgateway feed)
  rule('vpc', /^Hourly charge for Idle Public IPv4 Addresses per Hrs$/, 'ec2.eip/idle'),
  rule('vpc', /^Hourly charge for In use Public IPv4 Addresses per Hrs$/, 'ec2.eip/public-ipv4'),
  rule('natgateway', /^Hourly charge for NAT Gateways$/, 'vpc.nat-gateway/hour'),
  rule('natgateway', /^Charge for per GB data processed by NatGateways$/, 'vpc.nat-gateway/gb'),
  rule('vpc', /^Hourly charge for VPC Endpoints per Hrs$/, 'vpc.endpoint/hour'),
  rule('vpc', /^Charge for per GB data processed by VPC Endpoints per GB from ([0-9]+) to (?:[0-9]+|Inf)$/, (m) => `vpc.endpoint/gb/${m[1]}`),
  rule('vpc', /^Hourly charge for AWS Gateway Load Balancer VPC Endpoint per Hrs$/, 'vpc.gwlb-endpoint/hour'),
  rule('vpc', /^Charge for per GB data processed by AWS Gateway Load Balancer VPC Endpoint per GB$/, 'vpc.gwlb-endpoint/gb'),
  rule('vpc', /^Hourly charge for Transit Gateway VPC Attachments per hour$/, 'vpc.transit-gateway-attachment/hour'),
  rule('vpc', /^Charge for per GB data processed by AWS Transit Gateways for VPC attachments per GigaBytes$/, 'vpc.transit-gateway-attachment/gb'),
  rule('vpc', /^CreateVpnConnection per Hrs$/, 'vpc.vpn/hour'),
  rule('vpc', /^Hourly charge for Client VPN Endpoints per Hourly$/, 'vpc.client-vpn/endpoint'),
  rule('vpc', /^Hourly charge for Client VPN connections per Hourly$/, 'vpc.client-vpn/connection'),

  // ELB
  rule('elb', /^Application Load Balancer Hours$/, 'elb.alb/hour'),
  rule('elb', /^Application Load Balancer LCU Hours$/, 'elb.alb/lcu'),
  rule('elb', /^Network Load Balancer Hours$/, 'elb.nlb/hour'),
  rule('elb', /^Network Load Balancer LCU Hours$/, 'elb.nlb/lcu'),
  rule('elb', /^Gateway Load Balancer Hours$/, 'elb.gwlb/hour'),
  rule('elb', /^Gateway Load Balancer LCU Hours$/, 'elb.gwlb/lcu'),
  rule('elb', /^Classic Load Balancer Hours$/, 'elb.clb/hour'),
  rule('elb', /^Classic Load Balancer Data$/, 'elb.clb/gb'),

  // RDS
  ...RDS_ENGINE_FILES.map((file) => rule(file, RDS_INSTANCE, rdsInstanceKey)),
  ...RDS_STORAGE_FILES.flatMap((file) => {
    const fillOnly = file === 'rds-storage';
    return [
      rule(file, new RegExp(`^Database Storage (${Object.keys(RDS_STORAGE_AZ).join('|')}) (${Object.keys(RDS_VOLUME).join('|')})$`), (m) => `rds.storage/${RDS_VOLUME[m[2]!]}/${RDS_STORAGE_AZ[m[1]!]}`, { fillOnly }),
      rule(file, new RegExp(`^Provisioned (IOPS|GP3 IOPS|IO2 IOPS) (${Object.keys(RDS_STORAGE_AZ).join('|')})$`), (m) => `rds.iops/${{ IOPS: 'io1', 'GP3 IOPS': 'gp3', 'IO2 IOPS': 'io2' }[m[1]!]}/${RDS_STORAGE_AZ[m[2]!]}`, { fillOnly }),
      rule(file, new RegExp(`^Provisioned Throughput (${Object.keys(RDS_STORAGE_AZ).join('|')})$`), (m) => `rds.throughput/gp3/${RDS_STORAGE_AZ[m[1]!]}`, { fillOnly }),
      rule(file, /^Storage Snapshot$/, 'rds.backup-storage', { fillOnly }),
    ];
  }),
  ...['rds-mysql-ondemand', 'rds-postgresql-ondemand', 'rds-aurora-storage'].map((file) => rule(file, EXTENDED_SUPPORT, extendedSupportKeys)),
  rule('rds-proxy', /^RDSProxy$/, 'rds.proxy/provisioned'),
  rule('rds-proxy', /^RDSProxy Aurora MySQL ACU-Hr$/, 'rds.proxy/serverless'),

  // Aurora
  rule('rds-aurora-ondemand', /^Database Instance Aurora (MySQL|PostgreSQL) No license required( Aurora IO Optimization Mode)? db ([a-z0-9.-]+) .*Single-AZ(?: (?:Current|Previous) Generation)?$/, (m, a) =>
    a['Instance Type'] && a['Instance Type'] !== `db.${m[3]}` ? undefined : `aurora.instance/${m[1] === 'MySQL' ? 'mysql' : 'postgresql'}/db.${m[3]}/${m[2] ? 'io-optimized' : 'standard'}`,
  ),
  rule('rds-aurora-storage', /^Database Storage DB Engine Aurora PostgreSQL General Purpose Aurora$/, 'aurora.storage/standard'),
  rule('rds-aurora-storage', /^Aurora PostgreSQL IO Optimized Aurora$/, 'aurora.storage/io-optimized'),
  rule('rds-aurora-storage', /^System Operation Aurora I O Operation$/, 'aurora.io'),
  rule('rds-aurora-storage', /^Aurora PostgreSQL ServerlessV2$/, 'aurora.serverless-v2-acu/standard'),
  rule('rds-aurora-storage', /^Aurora PostgreSQL ServerlessV2 Aurora IO Optimization Mode$/, 'aurora.serverless-v2-acu/io-optimized'),
  rule('rds-aurora-storage', /^Storage Snapshot Aurora PostgreSQL$/, 'aurora.backup-storage'),

  // S3
  ...S3_STORAGE.map(([label, key]) => rule('s3', label, key)),
  ...S3_REQUESTS.map(([label, key]) => rule('s3', label, key)),
  rule('s3', /^Per object per month monitoring and automation fee for objects in Intelligent Tiering$/, 's3.intelligent-tiering-monitoring'),
  rule('s3glacierdeeparchive', /^Glacier Deep Archive GB Mo$/, 's3.storage/deep-archive/0'),
  rule('s3glacierdeeparchive', /^PUT to Glacier Deep Archive Requests$/, 's3.requests/deep-archive/put'),

  // EFS, ECR, Backup
  rule('efs', /^General Purpose Storage GB Mo$/, 'efs.storage/standard'),
  rule('efs', /^Infrequent Access Storage GB Mo$/, 'efs.storage/ia'),
  rule('efs', /^Archive Storage GB Mo$/, 'efs.storage/archive'),
  rule('efs', /^One Zone General Purpose Storage GB Mo$/, 'efs.storage/one-zone'),
  rule('efs', /^One Zone Infrequent Access Storage GB Mo$/, 'efs.storage/one-zone-ia'),
  rule('efs', /^Infrequent Access Requests (Read|Write) per GB$/, (m) => `efs.access/ia/${m[1]!.toLowerCase()}`),
  rule('efs', /^Archive Storage (Read|Write) \1 GB$/, (m) => `efs.access/archive/${m[1]!.toLowerCase()}`),
  rule('efs', /^Throughput Provisioned$/, 'efs.provisioned-throughput'),
  rule('ecr', /^EC2 Container Registry$/, 'ecr.storage'),
  rule('backup', /^Backup Storage (Warm|Cold) per GB-month$/, (m) => `backup.storage/default/${m[1]!.toLowerCase()}`),
  rule('backup', /^(DDB|S3) Backup Storage (Warm|Cold) per GB-month$/, (m) => `backup.storage/${m[1] === 'DDB' ? 'dynamodb' : 's3'}/${m[2]!.toLowerCase()}`),

  // Lambda: duration tiers are the first 6 billion GB-seconds, the next 9 billion, and above 15 billion
  rule('lambda', /^Lambda Requests(-ARM)?$/, (m) => `lambda.requests/${m[1] ? 'arm' : 'x86'}`),
  rule('lambda', /^Lambda Duration(-ARM)?$/, (m) => `lambda.duration/${m[1] ? 'arm' : 'x86'}/0`),
  rule('lambda', /^Lambda Duration(-ARM)? Tier2$/, (m) => `lambda.duration/${m[1] ? 'arm' : 'x86'}/6000000000`),
  rule('lambda', /^Lambda Duration(-ARM)? Tier3$/, (m) => `lambda.duration/${m[1] ? 'arm' : 'x86'}/15000000000`),
  rule('lambda', /^Lambda Provisioned-Concurrency(-ARM)?$/, (m) => `lambda.provisioned-concurrency/${m[1] ? 'arm' : 'x86'}`),
  rule('lambda', /^Lambda Duration-Provisioned(-ARM)?$/, (m) => `lambda.provisioned-duration/${m[1] ? 'arm' : 'x86'}`),
  rule('lambda', /^Lambda Storage-Duration(-ARM)?$/, (m) => `lambda.ephemeral-storage/${m[1] ? 'arm' : 'x86'}`),

  // Fargate (ECS) and EKS
  rule('ecs', /^perCPU per hour$/, 'fargate.vcpu/x86'),
  rule('ecs', /^perGB per hour$/, 'fargate.memory/x86'),
  rule('ecs', /^ARM perCPU per hour$/, 'fargate.vcpu/arm'),
  rule('ecs', /^ARM perGB per hour$/, 'fargate.memory/arm'),
  rule('ecs', /^perCPU per hour Windows$/, 'fargate.vcpu/windows'),
  rule('ecs', /^perGB per hour Windows$/, 'fargate.memory/windows'),
  rule('ecs', /^perCPU OS License Fee per hour Windows$/, 'fargate.windows-license'),
  rule('ecs', /^Storage per GB-Hours$/, 'fargate.ephemeral-storage'),
  rule('eks', /^Compute per hours$/, 'eks.cluster/hour'),
  rule('eks', /^Compute ExtendedSupport per Hours$/, 'eks.cluster/extended-support'),

  // API Gateway: REST tiers 333 million, next 667 million, next 19 billion, over 20 billion
  rule('apigateway', /^API Calls Number of up to 333 million$/, 'apigateway.rest-requests/0'),
  rule('apigateway', /^API Calls Number of Request Next 667 million$/, 'apigateway.rest-requests/333000000'),
  rule('apigateway', /^API Calls Number of Request Next 19 billion$/, 'apigateway.rest-requests/1000000000'),
  rule('apigateway', /^API Calls Number of Request Over 20 billion$/, 'apigateway.rest-requests/20000000000'),
  rule('apigateway', /^ApiGatewayHttpApi First 300 million$/, 'apigateway.http-requests/0'),
  rule('apigateway', /^ApiGatewayHttpApi more than 300 million$/, 'apigateway.http-requests/300000000'),
  rule('apigateway', /^WebSocket Messages Messages first 1 billion$/, 'apigateway.websocket-messages/0'),
  rule('apigateway', /^WebSocket Messages Messages over 1 billion$/, 'apigateway.websocket-messages/1000000000'),
  rule('apigateway', /^WebSocket Connection Minutes$/, 'apigateway.websocket-minutes'),
  rule('apigateway', /^Caching Memory Size ([0-9]+)(?: ([0-9]+))?$/, (m) => `apigateway.cache/${m[2] ? `${m[1]}.${m[2]}` : m[1]}`),

  // DynamoDB
  rule('dynamodb', /^PayPerRequest (Read|Write|Replicated Write) Request Units( IA)?$/, (m) => `dynamodb.${m[1]!.toLowerCase().replace(' ', '-')}-request/${m[2] ? 'standard-ia' : 'standard'}`),
  rule('dynamodb', /^Provisioned (Read|Write|Replicated Write) Units( IA)?$/, (m) => `dynamodb.${{ Read: 'rcu', Write: 'wcu', 'Replicated Write': 'replicated-wcu' }[m[1]!]}/${m[2] ? 'standard-ia' : 'standard'}`),
  rule('dynamodb', /^Data Storage Indexed GB-Mo$/, 'dynamodb.storage/standard'),
  rule('dynamodb', /^Data Storage Indexed - IA GB-Mo$/, 'dynamodb.storage/standard-ia'),
  rule('dynamodb', /^PITR Backup Storage GB-Mo$/, 'dynamodb.pitr'),
  rule('dynamodb', /^On-Demand Backup Storage GB-Month$/, 'dynamodb.backup'),
  rule('dynamodb', /^Streams Read Requests$/, 'dynamodb.streams-read'),

  // ElastiCache, OpenSearch, Redshift, MSK, DocumentDB, MQ
  rule('elasticache', ELASTICACHE_INSTANCE, (m, a) => (a['Instance Type'] && a['Instance Type'] !== `cache.${m[1]}` ? undefined : `elasticache.node/${m[2]!.toLowerCase()}/cache.${m[1]}`)),
  rule('elasticache', /^OnDemand ElastiCache Serverless (Redis|Valkey|Memcached) per GB-Hours$/, (m) => `elasticache.serverless-storage/${m[1]!.toLowerCase()}`),
  rule('elasticache', /^OnDemand ElastiCache Serverless (Redis|Valkey|Memcached) per ElastiCacheProcessingUnit$/, (m) => `elasticache.serverless-ecpu/${m[1]!.toLowerCase()}`),
  rule('es', /^([a-z0-9-]+) ([a-z0-9]+)\.search - [^-]+ - OnDemand - .* - - - Hourly Cost$/, (m) => `opensearch.instance/${m[1]}.${m[2]}.search`),
  rule('es', /^([a-z0-9-]+) ([a-z0-9]+)\.search - [^-]+ - Reserved - .* - (No|Partial|All) Upfront - (1yr|3yr) - Hourly Cost$/, (m) => `opensearch.reserved/${m[1]}.${m[2]}.search/${m[4]}/${m[3]!.toLowerCase()}-upfront`),
  rule('es', /^([a-z0-9-]+) ([a-z0-9]+)\.search - [^-]+ - Reserved - .* - (Partial|All) Upfront - (1yr|3yr) - PrepaidCost$/, (m) => `opensearch.reserved-upfront/${m[1]}.${m[2]}.search/${m[4]}/${m[3]!.toLowerCase()}-upfront`),
  rule('redshift', /^(dc2|ra3|ds2) ([a-z0-9]+) OnDemand Compute Instance Current Generation$/, (m) => `redshift.node/${m[1]}.${m[2]}`),
  rule('redshift', /^Redshift Serverless compute charges per RPU-Hr$/, 'redshift.serverless-rpu'),
  rule('redshift', /^(dc2|ra3|ds2) ([a-z0-9]+) Redshift Concurrency Scaling Current Generation (?:Dense Compute|Dense Storage|RA3)$/, (m, a) =>
    a['Instance Type'] && a['Instance Type'] !== `${m[1]}.${m[2]}` ? undefined : `redshift.concurrency-scaling/${m[1]}.${m[2]}`),
  rule('msk', /^RunBroker ([a-z0-9]+\.[a-z0-9]+)$/, (m) => `msk.broker/kafka.${m[1]}`),
  rule('msk', /^ExpressBroker$/, (_m, a) => (a['Compute Family']?.startsWith('express.') ? `msk.express-broker/${a['Compute Family']}` : undefined)),
  rule('msk', /^RunVolume$/, 'msk.storage'),
  rule('msk', /^Serverless Cluster-hours$/, 'msk.serverless-cluster'),
  rule('msk', /^Serverless Partition-hours$/, 'msk.serverless-partition'),
  rule('docdb', /^OnDemand-instancetype-(db\.[a-z0-9.-]+)(?: NVMe SSD)?( IO-Optimized(?:-DocDB)?)?$/, (m) => `docdb.instance/${m[1]}/${m[2] ? 'io-optimized' : 'standard'}`),
  rule('docdb', /^Database Storage$/, 'docdb.storage/standard'),
  rule('docdb', /^Database Storage IO-Optimized-DocDB$/, 'docdb.storage/io-optimized'),
  rule('docdb', /^1 million IO requests$/, 'docdb.io'),
  rule('docdb', /^Storage Snapshot$/, 'docdb.backup-storage'),
  rule('mq', /^(RabbitMQ )?(Single Instance|Active Standby) mq ([a-z0-9]+\.[a-z0-9]+)$/, (m) =>
    `mq.broker/${m[1] ? 'rabbitmq' : 'activemq'}/${m[2] === 'Single Instance' ? 'single-instance' : m[1] ? 'cluster' : 'active-standby'}/mq.${m[3]}`,
  ),
  rule('mq', /^Broker Storage GB Mo$/, 'mq.storage/efs'),
  rule('mq', /^Broker Storage Single AZ GB-Mo$/, 'mq.storage/ebs'),

  // SQS, SNS, Kinesis, Firehose, Step Functions: SQS tiers are 100 billion and 200 billion requests a month
  rule('queueservice', /^(Standard|FIFO first-in first-out) per Requests( Tier2| Tier3)?$/, (m) =>
    `sqs.requests/${m[1] === 'Standard' ? 'standard' : 'fifo'}/${{ '': 0, ' Tier2': 100_000_000_000, ' Tier3': 200_000_000_000 }[m[2] ?? '']}`,
  ),
  rule('sns', /^Amazon SNS API Requests$/, 'sns.requests'),
  rule('sns', /^HTTP Notifications$/, 'sns.deliveries/http'),
  rule('sns', /^SNS Email and Email JSON Notifications$/, 'sns.deliveries/email'),
  rule('sns', /^Amazon SQS Notifications$/, 'sns.deliveries/sqs'),
  rule('sns', /^AWS Lambda Notifications$/, 'sns.deliveries/lambda'),
  rule('sns', /^Apple Push Notification Service APNS iOS Notifications$/, 'sns.deliveries/mobile-push'),
  rule('sns', /^Amazon Kinesis Data Firehose Messages$/, 'sns.deliveries/firehose'),
  rule('kinesis', /^Provisioned shard hour per ShardHour$/, 'kinesis.shard-hour'),
  rule('kinesis', /^Payload Units per PutRequest$/, 'kinesis.put-payload-unit'),
  rule('kinesis', /^Addon shard hour per ShardHour$/, 'kinesis.extended-retention-shard-hour'),
  rule('kinesis', /^OnDemandStreamHr per StreamHr$/, 'kinesis.on-demand-stream-hour'),
  rule('kinesis', /^OnDemandDataIngested per GB$/, 'kinesis.on-demand-ingest'),
  rule('kinesis', /^OnDemandDataRetrieval per GB$/, 'kinesis.on-demand-retrieval'),
  // Firehose Direct PUT: first 500 TB, next 1.5 PB, next 3 PB a month
  rule('kinesisfirehose', /^Per GB of data ingested first 500TB$/, 'firehose.ingestion/0'),
  rule('kinesisfirehose', /^Per GB of data ingested Next 1 5PB$/, `firehose.ingestion/${500 * TB}`),
  rule('kinesisfirehose', /^Per GB of data ingested Next 3PB$/, `firehose.ingestion/${500 * TB + 1.5 * PB}`),
  rule('states', /^AWS Step Functions$/, 'sfn.transitions'),
  rule('states', /^Number of Workflow Requests$/, 'sfn.express-requests'),
  rule('states', /^Duration of Workflows from ([0-9]+) to [0-9]+$/, (m) => `sfn.express-duration/${m[1]}`),
  rule('states', /^Duration of Workflows over ([0-9]+)$/, (m) => `sfn.express-duration/${m[1]}`),

  // CloudWatch: metric tiers are the first 10,000, next 240,000, next 750,000 and over 1,000,000 metrics
  rule('cloudwatch', /^Logs Collected Data Ingestion$/, 'cloudwatch.logs-ingestion/standard'),
  rule('cloudwatch', /^IA Custom ingested Logs from 0 upto Inf$/, 'cloudwatch.logs-ingestion/infrequent-access'),
  rule('cloudwatch', /^Stored Data$/, 'cloudwatch.logs-storage'),
  rule('cloudwatch', /^Queried Logs Insights$/, 'cloudwatch.logs-insights'),
  rule('cloudwatch', /^Metric for the first 10000$/, 'cloudwatch.metrics/0'),
  rule('cloudwatch', /^Metric for the next 240000$/, 'cloudwatch.metrics/10000'),
  rule('cloudwatch', /^Metric for the next 750000$/, 'cloudwatch.metrics/250000'),
  rule('cloudwatch', /^Metric for over 1000000$/, 'cloudwatch.metrics/1000000'),
  rule('cloudwatch', /^Alarm Standard$/, 'cloudwatch.alarm/standard'),
  rule('cloudwatch', /^Alarm High Resolution$/, 'cloudwatch.alarm/high-resolution'),
  rule('cloudwatch', /^Alarm Composite$/, 'cloudwatch.alarm/composite'),
  rule('cloudwatch', /^Dashboard Basic Dashboard$/, 'cloudwatch.dashboard', { global: true }),
  rule('cloudwatch', /^API Request GetMetricData$/, 'cloudwatch.api-requests'),

  // Route 53 (global): zones, the first 25 and beyond; queries, the first billion and beyond
  rule('route53', /^DNS Zone first 25$/, 'route53.zone/0', { global: true }),
  rule('route53', /^DNS Zone$/, 'route53.zone/25', { global: true }),
  rule('route53', /^Query first 1B$/, 'route53.queries/standard/0', { global: true }),
  rule('route53', /^Query over 1B$/, 'route53.queries/standard/1000000000', { global: true }),
  rule('route53', /^Query (Latency Based Routing|Geo DNS|IP Based Routing) External (first|over) 1B$/, (m) =>
    `route53.queries/${{ 'Latency Based Routing': 'latency', 'Geo DNS': 'geo', 'IP Based Routing': 'ip-based' }[m[1]!]}/${m[2] === 'first' ? 0 : 1000000000}`, { global: true }),
  rule('route53', /^Basic Health checks (AWS|External Non AWS) per Mo$/, (m) => `route53.health-check/${m[1] === 'AWS' ? 'aws' : 'external'}`, { global: true }),
  rule('route53', /^Optional Health Check Features (AWS|External Non AWS) per Mo$/, (m) => `route53.health-check/${m[1] === 'AWS' ? 'aws' : 'external'}/optional-features`, { global: true }),

  // KMS, Secrets Manager, WAF, CloudTrail, Config
  rule('kms', /^Encryption Key$/, 'kms.key'),
  rule('kms', /^API request - Non Free Tier$/, 'kms.requests/symmetric'),
  rule('kms', /^Asymmetric Requests except RSA_2048API$/, 'kms.requests/asymmetric'),
  rule('secretsmanager', /^Secret$/, 'secretsmanager.secret'),
  rule('secretsmanager', /^API Request$/, 'secretsmanager.requests'),
  rule('waf', /^Web ACL Activated per Month$/, 'wafv2.web-acl'),
  rule('waf', /^Rule Activated per Month$/, 'wafv2.rule'),
  rule('waf', /^Request Processed Tier1 per Request$/, 'wafv2.requests'),
  rule('cloudtrail', /^Management Paid Events Recorded$/, 'cloudtrail.management-events'),
  rule('cloudtrail', /^Data Events Recorded$/, 'cloudtrail.data-events'),
  rule('cloudtrail', /^Insights Events$/, 'cloudtrail.insights-events'),
  // continuous recording; daily recording (0.012 in us-east-1) is a separate, rarer option
  rule('config', /^Config$/, 'config.configuration-items'),
  rule('config', /^Config Rules first 100000$/, 'config.rule-evaluations/0'),
  rule('config', /^Config Rules next 400000$/, 'config.rule-evaluations/100000'),
  rule('config', /^Config Rules 500001 and more$/, 'config.rule-evaluations/500000'),

  // CloudFront (raw feed, global): transfer by edge area and tier, transfer to origin, requests
  rule('cloudfront', new RegExp(`^Regional DT from (${AREAS}) to Internet (${Object.keys(CLOUDFRONT_TIER).join('|')})$`), (m) => `cloudfront.transfer-out/${CLOUDFRONT_AREA[m[1]!]}/${CLOUDFRONT_TIER[m[2]!]}`, { global: true }),
  rule('cloudfront', new RegExp(`^Regional DT to Origin from (${AREAS})$`), (m) => `cloudfront.transfer-origin/${CLOUDFRONT_AREA[m[1]!]}`, { global: true }),
  rule('cloudfront', new RegExp(`^Request (HTTPS?) Methods from (${AREAS})$`), (m) => `cloudfront.requests/${CLOUDFRONT_AREA[m[2]!]}/${m[1]!.toLowerCase()}`, { global: true }),

  // Direct Connect ports: the feed prices each DX location; a region whose locations disagree gets no price
  rule('directconnect', /^Direct Connect (HC )?([0-9]+)([MG]) /, (m) => `directconnect.port/${m[1] ? 'hosted' : 'dedicated'}/${m[2]}${m[3] === 'M' ? 'mbps' : 'gbps'}`, { agreeOnly: true }),
  rule('vpc', /^Hourly charge for Transit Gateway AWS Direct Connect Gateway attachments per hour$/, 'vpc.transit-gateway-attachment/dx-gateway/hour'),
  rule('vpc', /^Charge for per GB data processed by AWS Transit Gateways for AWS Direct Connect Gateway attachments per GigaBytes$/, 'vpc.transit-gateway-attachment/dx-gateway/gb'),
  rule('vpc', /^Hourly charge for Transit Gateway Connect attachments per hour$/, 'vpc.transit-gateway-attachment/connect/hour'),
  rule('vpc', /^Hourly charge for Traffic Mirroring Source per hour$/, 'vpc.traffic-mirroring/hour'),
  rule('networkfirewall', /^AWS Firewall per Endpoint$/, 'networkfirewall.endpoint'),
  rule('networkfirewall', /^AWS Firewall per Throughput$/, 'networkfirewall.gb'),
  rule('route53', /^Query ENI$/, 'route53resolver.endpoint-ip'),
  rule('route53', /^Query (first|over) 1B$/, (m) => `route53resolver.queries/${m[1] === 'first' ? 0 : 1000000000}`),

  // ACM Private CA, CloudHSM, Directory Service, WAF Classic
  rule('certificatemanager', /^Certificate Authority Paid$/, 'acmpca.authority/general-purpose'),
  rule('certificatemanager', /^Short lived Certificate Authority$/, 'acmpca.authority/short-lived'),
  rule('certificatemanager', /^Certificate Issued from ([0-9]+) (?:to [0-9]+|and above)$/, (m) => `acmpca.certificates/general-purpose/${m[1] === '10001' ? 10000 : m[1]}`),
  rule('certificatemanager', /^Short lived Certificate Issued$/, 'acmpca.certificates/short-lived/0'),
  rule('cloudhsm', /^CloudHSM Hourly$/, 'cloudhsm.hsm'),
  rule('directoryservice', /^Small Simple AD or AD Connector$/, () => ['directoryservice.directory/simple-ad/small', 'directoryservice.directory/ad-connector/small']),
  rule('directoryservice', /^Large (Simple AD|AD Connector)$/, (m) => `directoryservice.directory/${m[1] === 'Simple AD' ? 'simple-ad' : 'ad-connector'}/large`),
  rule('directoryservice', /^(Standard|Enterprise) (Domain Controller|Shared Account) for Microsoft Active Directory$/, (m) => `directoryservice.${m[2] === 'Domain Controller' ? 'domain-controller' : 'shared-account'}/${m[1]!.toLowerCase()}`),
  rule('waf', /^WebACL per month$/, 'waf.web-acl'),
  rule('waf', /^Rules added per WebACL per month$/, 'waf.rule'),
  rule('waf', /^Web Requests received per Request$/, 'waf.requests'),

  // DMS, Neptune, Kinesis Data Analytics, Managed Grafana, MWAA, Transfer Family, Lightsail
  rule('databasemigrationsvc', /^DMS OnDemand Replication Server ([a-z0-9]+) ([a-z0-9]+) (Single|Multiple) AZ$/, (m, a) =>
    a['Instance Type'] && a['Instance Type'] !== `${m[1]}.${m[2]}` ? undefined : `dms.instance/dms.${m[1]}.${m[2]}/${m[3] === 'Single' ? 'single-az' : 'multi-az'}`),
  rule('databasemigrationsvc', /^DMS Storage Replication Storage (Single|Multiple) AZ$/, (m) => `dms.storage/${m[1] === 'Single' ? 'single-az' : 'multi-az'}`),
  rule('neptune', /^Neptune (IO optimized )?(?:General purpose|Memory Optimized|Burstable|Serverless)?.*? db ([a-z0-9]+\.[a-z0-9]+)(?: General Purpose-Aurora)?$/, (m, a) =>
    a['Instance Type'] && a['Instance Type'] !== `db.${m[2]}` ? undefined : `neptune.instance/db.${m[2]}/${m[1] ? 'io-optimized' : 'standard'}`),
  rule('neptune', /^Storage Rate$/, 'neptune.storage/standard'),
  rule('neptune', /^IO optimized Storage Rate General Purpose-Aurora$/, 'neptune.storage/io-optimized'),
  rule('neptune', /^IO Rate$/, 'neptune.io'),
  rule('neptune', /^Storage Snapshot Rate$/, 'neptune.backup-storage'),
  rule('kinesisanalytics', /^Kinesis Processing Unit KPU$/, 'kinesisanalytics.kpu/sql'),
  rule('kinesisanalytics', /^Kinesis Processing Unit KPU for Java applications$/, 'kinesisanalytics.kpu/java'),
  rule('kinesisanalytics', /^Kinesis Processing Unit KPU for Kinesis Data Analytics Studio$/, 'kinesisanalytics.kpu/studio'),
  rule('kinesisanalytics', /^Per GB month of running application storage$/, 'kinesisanalytics.running-storage/java'),
  rule('kinesisanalytics', /^Per GB month of running application storage for Kinesis Data Analytics Studio$/, 'kinesisanalytics.running-storage/studio'),
  rule('kinesisanalytics', /^Per GB month of durable application backups$/, 'kinesisanalytics.backup'),
  rule('grafana', /^User Fees (Editor|Viewer)$/, (m) => `grafana.user/${m[1]!.toLowerCase()}`),
  rule('mwaa', /^(Environment|Worker|Scheduler|WebServer) (Small|Medium|Large|XLarge|2XLarge) per Hrs$/, (m) => `mwaa.${m[1]!.toLowerCase()}/${m[2]!.toLowerCase()}`),
  rule('mwaa', /^Standard per Gigabyte Month$/, 'mwaa.storage'),
  rule('transfer', /^Transfer (SFTP|FTPS|FTP|AS2) per Hourly$/, (m) => `transferfamily.protocol/${m[1]!.toLowerCase()}`),
  rule('transfer', /^Transfer SFTP (Upload|Download) per GB$/, (m) => `transferfamily.data/${m[1]!.toLowerCase()}`),
  rule('lightsail', /^Lightsail Instance Bundle ([0-9]+(?: 5)?)GB (IPv6 )?(Linux|Windows) /, (m) => `lightsail.instance/${m[3]!.toLowerCase()}/${m[2] ? 'ipv6' : 'ipv4'}/${m[1]!.replace(' ', '.')}`),
  rule('lightsail', /^Lightsail Database (Standard|High) Availability [0-9]+GB Storage [0-9]+ vCPU ([0-9]+)GB Memory /, (m) => `lightsail.database/${m[1] === 'High' ? 'high-availability' : 'standard'}/${m[2]}`),

  rule('lightsail', /^Lightsail Block Storage per GB-Mo$/, 'lightsail.storage'),
  rule('lightsail', /^Lightsail Load Balancer per Hrs$/, 'lightsail.load-balancer'),
  rule('lightsail', /^Lightsail Containers Linux (Nano|Micro|Small|Medium|Large|XLarge) /, (m) => `lightsail.container/${m[1]!.toLowerCase()}`),

  // CodeBuild (per build minute), CloudFormation, Glue, S3 analytics and inventory, EventBridge, Systems Manager
  rule('codebuild', /^OnDemand-EC2 (Linux|Windows)(?:-computetype-([a-z0-9]+\.[a-z0-9]+))?$/, (m, a) => {
    const type = m[2] ?? a['Compute Type'];
    return type && (!m[2] || !a['Compute Type'] || a['Compute Type'] === m[2]) ? `codebuild.compute/${m[1]!.toLowerCase()}/${type}` : undefined;
  }),
  rule('cloudformation', /^CloudFormation-ResourceProvider-Invocation per Operations$/, 'cloudformation.handler-operations'),
  rule('cloudformation', /^CloudFormation-ResourceProvider-Duration per Second$/, 'cloudformation.handler-duration'),
  rule('glue', /^ETL Job run$/, 'glue.job'),
  rule('glue', /^ETL Job run Flex$/, 'glue.job-flex'),
  rule('glue', /^Data catalog crawler run$/, 'glue.crawler'),
  rule('glue', /^Data catalog storage$/, 'glue.catalog-storage'),
  rule('glue', /^Data catalog requests$/, 'glue.catalog-requests'),
  rule('s3', /^Per object fee for objects included in Analytics$/, 's3.analytics-objects'),
  rule('s3', /^Per object fee for objects listed in an Inventory$/, 's3.inventory-objects'),
  rule('events', /^CloudWatch Events Custom Event$/, 'eventbridge.events/custom'),
  rule('events', /^CloudWatch Events Discovery Event$/, 'eventbridge.events/discovery'),
  rule('events', /^CloudWatch Events Archive Event$/, 'eventbridge.archive-processing'),
  rule('events', /^CloudWatch Events Event Storage$/, 'eventbridge.archive-storage'),
  rule('events', /^Pipe Request per 64K-Chunks$/, 'eventbridge.pipe-requests'),
  rule('events', /^Scheduled Invocation for ([0-9]+) to (?:[0-9]+|Inf) Invocations$/, (m) => `scheduler.invocations/${m[1]}`),
  rule('systemsmanager', /^Advanced Parameter$/, 'ssm.advanced-parameter'),
  rule('systemsmanager', /^Instance advanced per Hrs$/, 'ssm.advanced-instance'),
  // AWS prices API interactions of advanced parameters and of higher throughput alike; one key checks they agree
  rule('systemsmanager', /^(?:Parameter Higher Throughputper|Advanced Parameter Standard Throughput per) API Request$/, 'ssm.parameter-api'),

  // MemoryDB, DAX, VPC Lattice, MSK Connect, App Runner, Firewall Manager, CodePipeline, Cloud Map
  rule('memorydb', /^db ([a-z0-9]+\.[a-z0-9]+) (Redis|Valkey) (?:General purpose|Memory optimized)$/, (m, a) =>
    (a.Instance ?? a['Instance Type']) && (a.Instance ?? a['Instance Type']) !== `db.${m[1]}` ? undefined : `memorydb.node/${m[2]!.toLowerCase()}/db.${m[1]}`),
  rule('memorydb', /^db ([a-z0-9]+\.[a-z0-9]+) Memory optimized (Redis|Valkey) datatiering$/, (m, a) =>
    a['Instance Type'] && a['Instance Type'] !== `db.${m[1]}` ? undefined : `memorydb.node/${m[2]!.toLowerCase()}/db.${m[1]}`),
  rule('memorydb', /^Amazon S3 per GB-Mo (Redis|Valkey) 0 to Inf$/, (m) => `memorydb.snapshot/${m[1]!.toLowerCase()}`),
  rule('dax', /^(?:([a-z0-9]+\.[a-z0-9]+) - Hourly Cost|instanceType-unit)$/, (m, a) => {
    const type = m[1] ?? a['Instance Type'];
    return type && (!m[1] || !a['Instance Type'] || a['Instance Type'] === m[1]) ? `dax.node/dax.${type}` : undefined;
  }),
  rule('vpc', /^Charge per Hour per VPC Lattice Service per Hrs$/, 'vpc.lattice-service/hour'),
  rule('vpc', /^Charge per GB Data Processed by VPC Lattice Service per GB$/, 'vpc.lattice-service/gb'),
  rule('vpc', /^Charge per Request per hour processed by VPC Lattice Service per Requests$/, 'vpc.lattice-service/requests'),
  rule('msk', /^RunConnect$/, 'msk.connect-mcu'),
  rule('apprunner', /^Compute vCPU hours$/, 'apprunner.vcpu'),
  rule('apprunner', /^Compute GB hours$/, 'apprunner.memory'),
  rule('apprunner', /^Compute Provisioned GB-hours$/, 'apprunner.provisioned-memory'),
  rule('fms', /^Firewall Manager Policy Public Regions$/, 'fms.policy'),
  rule('codepipeline', /^Active Pipeline Inf$/, 'codepipeline.pipeline'),
  rule('codepipeline', /^Action Execution Minutes Inf$/, 'codepipeline.action-minutes'),
  rule('cloudmap', /^Resource$/, 'cloudmap.resource'),
  rule('elasticmapreduce', /^Instance-instancetype-([a-z0-9-]+\.[a-z0-9-]+)$/, (m) => `emr.fee/${m[1]}`),
  rule('datasync', /^Data transferred$/, 'datasync.data'),
  rule('athena', /^Athena Queries$/, 'athena.data-scanned'),
  rule('appsync', /^API Query and Data Modifications Operations$/, 'appsync.requests'),
  rule('appsync', /^RealTime Updates per Messages$/, 'appsync.realtime-updates'),
  rule('appsync', /^RealTime Connection per Minutes$/, 'appsync.realtime-minutes'),
  rule('vpc', /^Hourly charge for Active IP Addresses per hours$/, 'vpc.ipam-active-ip'),

  // Data transfer out of a region
  rule('datatransfer', /^DataTransfer External Outbound (?:Next [0-9]+ TB|Greater than [0-9]+ TB)$/, (_m, a) => (a.StartingRange !== undefined ? `transfer.internet-out/${a.StartingRange}` : undefined)),
  rule('datatransfer', /^DataTransfer InterRegion Outbound to .*$/, (_m, a, codeOf) => {
    const to = codeOf.get(a['To Location'] ?? '');
    return to && /^[a-z]{2}-[a-z]+-[0-9]$/.test(to) ? `transfer.inter-region-out/${to}` : undefined;
  }),
];
