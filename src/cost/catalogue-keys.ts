/**
 * The price-key vocabulary of the embedded AWS catalogue: one row per key family, with the unit every
 * price under it is quoted in. Pricers name prices by these keys; the catalogue builder
 * (scripts/update-prices) emits only keys that match a row; docs/prices.md lists the same rows.
 *
 * A key is `<service>.<item>/<segment>/...`, lower-case. Tiered families end in a numeric segment: the
 * tier's lower bound in the family's quantity unit (GB, requests, GB-seconds, IOPS...), so `tiersOf`
 * can sort them; a tier runs up to the next tier's bound.
 */

/** One family of price keys. */
export interface PriceKeyFamily {
  /** A key template for people, e.g. `ec2.instance/<type>/<os>[/dedicated]`. */
  readonly template: string;
  /** Matches every key of the family and nothing else. */
  readonly pattern: RegExp;
  /** What one unit of the price is, e.g. `hour`, `GB-month`, `request`. */
  readonly unit: string;
  /** True when the last segment is a tier's lower bound (use `tiersOf`). */
  readonly tiered: boolean;
  /** What is priced, in a few words. */
  readonly doc: string;
}

const TIER = '(?:0|[1-9][0-9]*)';
const REGION_CODE = '[a-z]{2}(?:-[a-z]+)+-[0-9]';
const RDS_ENGINES = 'mysql|postgres|mariadb|oracle-se2|oracle-ee|sqlserver-ex|sqlserver-web|sqlserver-se|sqlserver-ee';
const RDS_AZ = 'single-az|multi-az|multi-az-cluster';
const RDS_STORAGE_AZ = 'single-az|multi-az|multi-az-cluster|multi-az-mirror';
const S3_CLASSES =
  'standard|standard-ia|onezone-ia|glacier-ir|glacier|deep-archive|intelligent-tiering-frequent|intelligent-tiering-infrequent|intelligent-tiering-archive-instant|intelligent-tiering-archive|intelligent-tiering-deep-archive';
const S3_REQUEST_CLASSES = 'standard|standard-ia|onezone-ia|glacier-ir|glacier|deep-archive|intelligent-tiering';
const CLOUDFRONT_AREAS = 'united-states|canada|eu|japan|asia-pacific|australia|india|south-america|south-africa|middle-east';

function family(template: string, pattern: string, unit: string, doc: string): PriceKeyFamily {
  return { template, pattern: new RegExp(`^(?:${pattern})$`), unit, tiered: template.endsWith('<from>'), doc };
}

/**
 * Every key family, grouped by service. The order is the documentation's order; patterns are disjoint,
 * so at most one row matches a key.
 */
export const PRICE_KEY_FAMILIES: readonly PriceKeyFamily[] = [
  // EC2 and EBS
  family('ec2.instance/<type>/<os>[/dedicated]', String.raw`ec2\.instance/[a-z0-9-]+\.[a-z0-9-]+/(?:linux|windows|rhel|suse)(?:/dedicated)?`, 'hour', 'on-demand instance, shared tenancy unless /dedicated'),
  family('ec2.spot/<type>/linux', String.raw`ec2\.spot/[a-z0-9-]+\.[a-z0-9-]+/linux`, 'hour', 'spot price of a Linux instance: one observed snapshot, not an average'),
  family('ec2.cpu-credits/<t2|t3|t3a|t4g>/<os>', String.raw`ec2\.cpu-credits/(?:t2|t3|t3a|t4g)/(?:linux|windows)`, 'vCPU-hour', 'surplus CPU credits of burstable instances in unlimited mode'),
  family('ec2.ebs/<gp2|gp3|io1|io2|st1|sc1|standard>', String.raw`ec2\.ebs/(?:gp2|gp3|io1|io2|st1|sc1|standard)`, 'GB-month', 'EBS volume storage'),
  family('ec2.ebs/<gp3|io1>-iops', String.raw`ec2\.ebs/(?:gp3|io1)-iops`, 'IOPS-month', 'provisioned IOPS (gp3: above the free 3,000)'),
  family('ec2.ebs/io2-iops/<from>', String.raw`ec2\.ebs/io2-iops/${TIER}`, 'IOPS-month', 'io2 provisioned IOPS, tiered by IOPS per volume'),
  family('ec2.ebs/gp3-throughput', String.raw`ec2\.ebs/gp3-throughput`, 'MiBps-month', 'gp3 throughput above the free 125 MiB/s'),
  family('ec2.ebs/standard-io', String.raw`ec2\.ebs/standard-io`, 'request', 'I/O requests on magnetic (standard) volumes'),
  family('ec2.ebs/<snapshot|snapshot-archive>', String.raw`ec2\.ebs/(?:snapshot|snapshot-archive)`, 'GB-month', 'EBS snapshot storage, standard or archive tier'),
  family('ec2.ebs/fast-snapshot-restore', String.raw`ec2\.ebs/fast-snapshot-restore`, 'hour', 'fast snapshot restore per snapshot and AZ'),
  family('ec2.eip/<idle|public-ipv4>', String.raw`ec2\.eip/(?:idle|public-ipv4)`, 'hour', 'public IPv4 address, idle or in use'),
  // VPC
  family('vpc.nat-gateway/hour', String.raw`vpc\.nat-gateway/hour`, 'hour', 'NAT gateway'),
  family('vpc.nat-gateway/gb', String.raw`vpc\.nat-gateway/gb`, 'GB', 'data processed by a NAT gateway'),
  family('vpc.endpoint/hour', String.raw`vpc\.endpoint/hour`, 'hour', 'interface VPC endpoint per AZ'),
  family('vpc.endpoint/gb/<from>', String.raw`vpc\.endpoint/gb/${TIER}`, 'GB', 'data processed by interface endpoints, tiered by GB per month'),
  family('vpc.gwlb-endpoint/hour', String.raw`vpc\.gwlb-endpoint/hour`, 'hour', 'Gateway Load Balancer endpoint per AZ'),
  family('vpc.gwlb-endpoint/gb', String.raw`vpc\.gwlb-endpoint/gb`, 'GB', 'data processed by Gateway Load Balancer endpoints'),
  family('vpc.transit-gateway-attachment/hour', String.raw`vpc\.transit-gateway-attachment/hour`, 'hour', 'Transit Gateway attachment'),
  family('vpc.transit-gateway-attachment/gb', String.raw`vpc\.transit-gateway-attachment/gb`, 'GB', 'data processed by Transit Gateway'),
  family('vpc.vpn/hour', String.raw`vpc\.vpn/hour`, 'hour', 'Site-to-Site VPN connection'),
  family('vpc.client-vpn/<endpoint|connection>', String.raw`vpc\.client-vpn/(?:endpoint|connection)`, 'hour', 'Client VPN endpoint association or connection'),
  // Load balancing
  family('elb.<alb|nlb|gwlb|clb>/hour', String.raw`elb\.(?:alb|nlb|gwlb|clb)/hour`, 'hour', 'load balancer'),
  family('elb.<alb|nlb|gwlb>/lcu', String.raw`elb\.(?:alb|nlb|gwlb)/lcu`, 'LCU-hour', 'load balancer capacity units'),
  family('elb.clb/gb', String.raw`elb\.clb/gb`, 'GB', 'data processed by a Classic Load Balancer'),
  // RDS and Aurora
  family('rds.instance/<engine>/<license>/<class>/<az>', String.raw`rds\.instance/(?:${RDS_ENGINES})/(?:none|license-included|byol)/db\.[a-z0-9.-]+/(?:${RDS_AZ})`, 'hour', 'DB instance; az is single-az, multi-az or multi-az-cluster (readable standbys)'),
  family('rds.storage/<gp2|gp3|io1|io2|magnetic>/<az>', String.raw`rds\.storage/(?:gp2|gp3|io1|io2|magnetic)/(?:${RDS_STORAGE_AZ})`, 'GB-month', 'DB storage; multi-az-mirror is SQL Server Multi-AZ'),
  family('rds.iops/<gp3|io1|io2>/<az>', String.raw`rds\.iops/(?:gp3|io1|io2)/(?:${RDS_STORAGE_AZ})`, 'IOPS-month', 'provisioned IOPS (gp3: above the included baseline)'),
  family('rds.throughput/gp3/<az>', String.raw`rds\.throughput/gp3/(?:${RDS_STORAGE_AZ})`, 'MiBps-month', 'gp3 throughput above the included baseline'),
  family('rds.backup-storage', String.raw`rds\.backup-storage`, 'GB-month', 'backup storage beyond the free allowance'),
  family('rds.extended-support/<engine>/<major>/<year-1-2|year-3>', String.raw`rds\.extended-support/(?:mysql|postgres|aurora-mysql|aurora-postgresql)/[0-9]+(?:\.[0-9]+)?/(?:year-1-2|year-3)`, 'vCPU-hour', 'Extended Support charge (meaning inferred from the feed labels)'),
  family('rds.proxy/provisioned', String.raw`rds\.proxy/provisioned`, 'vCPU-hour', 'RDS Proxy per vCPU of the instances behind it'),
  family('rds.proxy/serverless', String.raw`rds\.proxy/serverless`, 'ACU-hour', 'RDS Proxy per ACU of Aurora Serverless v2 behind it'),
  family('aurora.instance/<mysql|postgresql>/<class>/<standard|io-optimized>', String.raw`aurora\.instance/(?:mysql|postgresql)/db\.[a-z0-9.-]+/(?:standard|io-optimized)`, 'hour', 'Aurora DB instance'),
  family('aurora.storage/<standard|io-optimized>', String.raw`aurora\.storage/(?:standard|io-optimized)`, 'GB-month', 'Aurora cluster storage'),
  family('aurora.io', String.raw`aurora\.io`, 'request', 'Aurora I/O requests (Standard configuration)'),
  family('aurora.serverless-v2-acu/<standard|io-optimized>', String.raw`aurora\.serverless-v2-acu/(?:standard|io-optimized)`, 'ACU-hour', 'Aurora Serverless v2 capacity'),
  family('aurora.backup-storage', String.raw`aurora\.backup-storage`, 'GB-month', 'Aurora backup storage beyond the free allowance'),
  // Storage
  family('s3.storage/<class>/<from>', String.raw`s3\.storage/(?:${S3_CLASSES})/${TIER}`, 'GB-month', 'S3 storage by class, tiered by GB stored (single-tier classes have only /0)'),
  family('s3.requests/<class>/<put|get>', String.raw`s3\.requests/(?:${S3_REQUEST_CLASSES})/(?:put|get)`, 'request', 'S3 requests: put = PUT, COPY, POST, LIST (tier 1); get = GET and all others (tier 2)'),
  family('s3.intelligent-tiering-monitoring', String.raw`s3\.intelligent-tiering-monitoring`, 'object-month', 'Intelligent-Tiering monitoring and automation per object'),
  family('efs.storage/<standard|ia|archive|one-zone|one-zone-ia>', String.raw`efs\.storage/(?:standard|ia|archive|one-zone|one-zone-ia)`, 'GB-month', 'EFS storage class'),
  family('efs.access/<ia|archive>/<read|write>', String.raw`efs\.access/(?:ia|archive)/(?:read|write)`, 'GB', 'EFS tiering reads and writes'),
  family('efs.provisioned-throughput', String.raw`efs\.provisioned-throughput`, 'MiBps-month', 'EFS provisioned throughput'),
  family('ecr.storage', String.raw`ecr\.storage`, 'GB-month', 'ECR image storage'),
  family('backup.storage/<resource>/<warm|cold>', String.raw`backup\.storage/(?:default|dynamodb|s3)/(?:warm|cold)`, 'GB-month', 'AWS Backup storage; default covers EBS, RDS and the other resources without their own rate'),
  // Compute and containers
  family('lambda.requests/<x86|arm>', String.raw`lambda\.requests/(?:x86|arm)`, 'request', 'Lambda invocations'),
  family('lambda.duration/<x86|arm>/<from>', String.raw`lambda\.duration/(?:x86|arm)/${TIER}`, 'GB-second', 'Lambda duration, tiered by GB-seconds per month'),
  family('lambda.provisioned-concurrency/<x86|arm>', String.raw`lambda\.provisioned-concurrency/(?:x86|arm)`, 'GB-second', 'provisioned concurrency configured'),
  family('lambda.provisioned-duration/<x86|arm>', String.raw`lambda\.provisioned-duration/(?:x86|arm)`, 'GB-second', 'duration on provisioned concurrency'),
  family('lambda.ephemeral-storage/<x86|arm>', String.raw`lambda\.ephemeral-storage/(?:x86|arm)`, 'GB-second', 'ephemeral storage above the free 512 MB'),
  family('fargate.vcpu/<x86|arm|windows>', String.raw`fargate\.vcpu/(?:x86|arm|windows)`, 'vCPU-hour', 'Fargate vCPU'),
  family('fargate.memory/<x86|arm|windows>', String.raw`fargate\.memory/(?:x86|arm|windows)`, 'GB-hour', 'Fargate memory'),
  family('fargate.windows-license', String.raw`fargate\.windows-license`, 'vCPU-hour', 'Windows OS licence fee on Fargate'),
  family('fargate.ephemeral-storage', String.raw`fargate\.ephemeral-storage`, 'GB-hour', 'ephemeral storage above the free 20 GB'),
  family('eks.cluster/<hour|extended-support>', String.raw`eks\.cluster/(?:hour|extended-support)`, 'hour', 'EKS control plane; extended-support is the total hourly rate in extended support'),
  // Databases and analytics
  family('dynamodb.<read|write|replicated-write>-request/<standard|standard-ia>', String.raw`dynamodb\.(?:read|write|replicated-write)-request/(?:standard|standard-ia)`, 'request unit', 'on-demand request units'),
  family('dynamodb.<rcu|wcu|replicated-wcu>/<standard|standard-ia>', String.raw`dynamodb\.(?:rcu|wcu|replicated-wcu)/(?:standard|standard-ia)`, 'capacity-unit-hour', 'provisioned capacity'),
  family('dynamodb.storage/<standard|standard-ia>', String.raw`dynamodb\.storage/(?:standard|standard-ia)`, 'GB-month', 'table storage'),
  family('dynamodb.<pitr|backup>', String.raw`dynamodb\.(?:pitr|backup)`, 'GB-month', 'continuous backups (PITR) or on-demand backups'),
  family('dynamodb.streams-read', String.raw`dynamodb\.streams-read`, 'request', 'DynamoDB Streams read requests'),
  family('elasticache.node/<redis|valkey|memcached>/<type>', String.raw`elasticache\.node/(?:redis|valkey|memcached)/cache\.[a-z0-9.-]+`, 'hour', 'ElastiCache node'),
  family('elasticache.serverless-storage/<engine>', String.raw`elasticache\.serverless-storage/(?:redis|valkey|memcached)`, 'GB-hour', 'ElastiCache Serverless data stored'),
  family('elasticache.serverless-ecpu/<engine>', String.raw`elasticache\.serverless-ecpu/(?:redis|valkey|memcached)`, 'ECPU', 'ElastiCache Serverless processing units'),
  family('opensearch.instance/<type>', String.raw`opensearch\.instance/[a-z0-9-]+\.[a-z0-9-]+\.search`, 'hour', 'OpenSearch instance'),
  family('opensearch.reserved/<type>/<1yr|3yr>/<payment>', String.raw`opensearch\.reserved/[a-z0-9-]+\.[a-z0-9-]+\.search/(?:1yr|3yr)/(?:no|partial|all)-upfront`, 'hour', 'OpenSearch reserved instance, the hourly part (0 for all upfront)'),
  family('opensearch.reserved-upfront/<type>/<1yr|3yr>/<payment>', String.raw`opensearch\.reserved-upfront/[a-z0-9-]+\.[a-z0-9-]+\.search/(?:1yr|3yr)/(?:partial|all)-upfront`, 'reservation', 'OpenSearch reserved instance, the upfront payment for the whole term'),
  family('opensearch.storage/<gp2|gp3|io1|standard>', String.raw`opensearch\.storage/(?:gp2|gp3|io1|standard)`, 'GB-month', 'OpenSearch EBS storage (not in the shipped sources; only from AWS offer files)'),
  family('redshift.node/<type>', String.raw`redshift\.node/(?:dc2|ra3|ds2)\.[a-z0-9]+`, 'hour', 'Redshift node'),
  family('redshift.concurrency-scaling/<type>', String.raw`redshift\.concurrency-scaling/(?:dc2|ra3|ds2)\.[a-z0-9]+`, 'node-second', 'Redshift concurrency scaling beyond the free credits, per node-second'),
  family('redshift.serverless-rpu', String.raw`redshift\.serverless-rpu`, 'RPU-hour', 'Redshift Serverless compute'),
  family('redshift.managed-storage', String.raw`redshift\.managed-storage`, 'GB-month', 'RA3 managed storage (not in the shipped sources; only from AWS offer files)'),
  family('msk.broker/<type>', String.raw`msk\.broker/kafka\.[a-z0-9.-]+`, 'hour', 'MSK standard broker'),
  family('msk.express-broker/<type>', String.raw`msk\.express-broker/express\.[a-z0-9.-]+`, 'hour', 'MSK Express broker'),
  family('msk.storage', String.raw`msk\.storage`, 'GB-month', 'MSK broker storage'),
  family('msk.serverless-<cluster|partition>', String.raw`msk\.serverless-(?:cluster|partition)`, 'hour', 'MSK Serverless cluster or partition'),
  family('docdb.instance/<class>/<standard|io-optimized>', String.raw`docdb\.instance/db\.[a-z0-9.-]+/(?:standard|io-optimized)`, 'hour', 'DocumentDB instance'),
  family('docdb.storage/<standard|io-optimized>', String.raw`docdb\.storage/(?:standard|io-optimized)`, 'GB-month', 'DocumentDB storage'),
  family('docdb.io', String.raw`docdb\.io`, 'request', 'DocumentDB I/O (standard configuration)'),
  family('docdb.backup-storage', String.raw`docdb\.backup-storage`, 'GB-month', 'DocumentDB backup storage beyond the free allowance'),
  family('mq.broker/<activemq|rabbitmq>/<single-instance|active-standby|cluster>/<type>', String.raw`mq\.broker/(?:activemq|rabbitmq)/(?:single-instance|active-standby|cluster)/mq\.[a-z0-9.]+`, 'hour', 'Amazon MQ broker (deployment total)'),
  family('mq.storage/<efs|ebs>', String.raw`mq\.storage/(?:efs|ebs)`, 'GB-month', 'Amazon MQ storage: efs = durability optimized (multi-AZ), ebs = throughput optimized'),
  // Messaging and streaming
  family('sqs.requests/<standard|fifo>/<from>', String.raw`sqs\.requests/(?:standard|fifo)/${TIER}`, 'request', 'SQS requests, tiered by requests per month'),
  family('sns.requests', String.raw`sns\.requests`, 'request', 'SNS API requests (publish)'),
  family('sns.deliveries/<http|email|sqs|lambda|mobile-push|firehose>', String.raw`sns\.deliveries/(?:http|email|sqs|lambda|mobile-push|firehose)`, 'notification', 'SNS deliveries by protocol'),
  family('kinesis.shard-hour', String.raw`kinesis\.shard-hour`, 'hour', 'provisioned shard'),
  family('kinesis.put-payload-unit', String.raw`kinesis\.put-payload-unit`, 'request', 'PUT payload units (25 KB) in provisioned mode'),
  family('kinesis.extended-retention-shard-hour', String.raw`kinesis\.extended-retention-shard-hour`, 'hour', 'extended retention per shard'),
  family('kinesis.on-demand-stream-hour', String.raw`kinesis\.on-demand-stream-hour`, 'hour', 'on-demand stream'),
  family('kinesis.on-demand-<ingest|retrieval>', String.raw`kinesis\.on-demand-(?:ingest|retrieval)`, 'GB', 'on-demand data in or out'),
  family('firehose.ingestion/<from>', String.raw`firehose\.ingestion/${TIER}`, 'GB', 'Firehose Direct PUT ingestion, tiered by GB per month'),
  family('sfn.transitions', String.raw`sfn\.transitions`, 'transition', 'Step Functions standard workflow state transitions'),
  family('sfn.express-requests', String.raw`sfn\.express-requests`, 'request', 'Step Functions express workflow requests'),
  family('sfn.express-duration/<from>', String.raw`sfn\.express-duration/${TIER}`, 'GB-second', 'express workflow duration, tiered by GB-seconds per month'),
  family('apigateway.rest-requests/<from>', String.raw`apigateway\.rest-requests/${TIER}`, 'request', 'REST API calls, tiered by requests per month'),
  family('apigateway.http-requests/<from>', String.raw`apigateway\.http-requests/${TIER}`, 'request', 'HTTP API calls, tiered by requests per month'),
  family('apigateway.websocket-messages/<from>', String.raw`apigateway\.websocket-messages/${TIER}`, 'message', 'WebSocket messages, tiered by messages per month'),
  family('apigateway.websocket-minutes', String.raw`apigateway\.websocket-minutes`, 'connection-minute', 'WebSocket connection minutes'),
  family('apigateway.cache/<size-gb>', String.raw`apigateway\.cache/[0-9]+(?:\.[0-9]+)?`, 'hour', 'REST API cache by cache size in GB'),
  // Management, security and networking edge
  family('cloudwatch.logs-ingestion/<standard|infrequent-access>', String.raw`cloudwatch\.logs-ingestion/(?:standard|infrequent-access)`, 'GB', 'custom log ingestion'),
  family('cloudwatch.logs-storage', String.raw`cloudwatch\.logs-storage`, 'GB-month', 'log archival storage'),
  family('cloudwatch.logs-insights', String.raw`cloudwatch\.logs-insights`, 'GB', 'Logs Insights data scanned'),
  family('cloudwatch.metrics/<from>', String.raw`cloudwatch\.metrics/${TIER}`, 'metric-month', 'custom metrics, tiered by metrics per month'),
  family('cloudwatch.alarm/<standard|high-resolution|composite>', String.raw`cloudwatch\.alarm/(?:standard|high-resolution|composite)`, 'alarm-month', 'alarms'),
  family('cloudwatch.dashboard', String.raw`cloudwatch\.dashboard`, 'dashboard-month', 'dashboards beyond the free three'),
  family('cloudwatch.api-requests', String.raw`cloudwatch\.api-requests`, 'request', 'GetMetricData and other API requests'),
  family('route53.zone/<from>', String.raw`route53\.zone/${TIER}`, 'zone-month', 'hosted zones, tiered by zones per account (global)'),
  family('route53.queries/<standard|latency|geo|ip-based>/<from>', String.raw`route53\.queries/(?:standard|latency|geo|ip-based)/${TIER}`, 'query', 'DNS queries, tiered by queries per month (global)'),
  family('route53.health-check/<aws|external>[/optional-features]', String.raw`route53\.health-check/(?:aws|external)(?:/optional-features)?`, 'health-check-month', 'health checks (global)'),
  family('kms.key', String.raw`kms\.key`, 'key-month', 'customer managed key'),
  family('kms.requests/<symmetric|asymmetric>', String.raw`kms\.requests/(?:symmetric|asymmetric)`, 'request', 'KMS API requests'),
  family('secretsmanager.secret', String.raw`secretsmanager\.secret`, 'secret-month', 'stored secret'),
  family('secretsmanager.requests', String.raw`secretsmanager\.requests`, 'request', 'Secrets Manager API calls'),
  family('wafv2.<web-acl|rule>', String.raw`wafv2\.(?:web-acl|rule)`, 'month', 'web ACL or rule'),
  family('wafv2.requests', String.raw`wafv2\.requests`, 'request', 'web requests inspected (up to 1,500 WCU)'),
  family('cloudtrail.<management|data|insights>-events', String.raw`cloudtrail\.(?:management|data|insights)-events`, 'event', 'CloudTrail events (management: paid copies)'),
  family('config.configuration-items', String.raw`config\.configuration-items`, 'item', 'AWS Config configuration items recorded (continuous recording)'),
  family('config.rule-evaluations/<from>', String.raw`config\.rule-evaluations/${TIER}`, 'evaluation', 'Config rule evaluations, tiered by evaluations per month'),
  family('cloudfront.transfer-out/<area>/<from>', String.raw`cloudfront\.transfer-out/(?:${CLOUDFRONT_AREAS})/${TIER}`, 'GB', 'CloudFront transfer to the internet by edge area, tiered by GB per month (global)'),
  family('cloudfront.transfer-origin/<area>', String.raw`cloudfront\.transfer-origin/(?:${CLOUDFRONT_AREAS})`, 'GB', 'CloudFront transfer to origin by edge area (global)'),
  family('cloudfront.requests/<area>/<http|https>', String.raw`cloudfront\.requests/(?:${CLOUDFRONT_AREAS})/(?:http|https)`, 'request', 'CloudFront requests by edge area (global)'),
  family('transfer.internet-out/<from>', String.raw`transfer\.internet-out/${TIER}`, 'GB', 'data transfer out to the internet, tiered by GB per month'),
  family('transfer.inter-region-out/<region>', String.raw`transfer\.inter-region-out/${REGION_CODE}`, 'GB', 'data transfer to another region'),
  // Networking: Direct Connect, Transit Gateway attachments, Traffic Mirroring, Network Firewall, Route 53 Resolver
  family('directconnect.port/<dedicated|hosted>/<bandwidth>', String.raw`directconnect\.port/(?:dedicated|hosted)/[0-9]+(?:mbps|gbps)`, 'hour', 'Direct Connect port (only where every location of the region charges the same)'),
  family('vpc.transit-gateway-attachment/<dx-gateway|connect>/hour', String.raw`vpc\.transit-gateway-attachment/(?:dx-gateway|connect)/hour`, 'hour', 'Transit Gateway attachment of a Direct Connect gateway or a Connect attachment'),
  family('vpc.transit-gateway-attachment/<dx-gateway|connect>/gb', String.raw`vpc\.transit-gateway-attachment/(?:dx-gateway|connect)/gb`, 'GB', 'data processed by such a Transit Gateway attachment'),
  family('vpc.traffic-mirroring/hour', String.raw`vpc\.traffic-mirroring/hour`, 'hour', 'Traffic Mirroring session per source network interface'),
  family('networkfirewall.endpoint', String.raw`networkfirewall\.endpoint`, 'hour', 'Network Firewall endpoint per AZ'),
  family('networkfirewall.gb', String.raw`networkfirewall\.gb`, 'GB', 'data processed by Network Firewall'),
  family('route53resolver.endpoint-ip', String.raw`route53resolver\.endpoint-ip`, 'hour', 'Route 53 Resolver endpoint per IP address (ENI)'),
  family('route53resolver.queries/<from>', String.raw`route53resolver\.queries/${TIER}`, 'query', 'queries through Resolver endpoints, tiered by queries per month'),
  // Security and identity
  family('acmpca.authority/<general-purpose|short-lived>', String.raw`acmpca\.authority/(?:general-purpose|short-lived)`, 'month', 'private certificate authority'),
  family('acmpca.certificates/<general-purpose|short-lived>/<from>', String.raw`acmpca\.certificates/(?:general-purpose|short-lived)/${TIER}`, 'certificate', 'private certificates issued, tiered by certificates per month'),
  family('cloudhsm.hsm', String.raw`cloudhsm\.hsm`, 'hour', 'CloudHSM v2 HSM'),
  family('directoryservice.directory/<simple-ad|ad-connector>/<small|large>', String.raw`directoryservice\.directory/(?:simple-ad|ad-connector)/(?:small|large)`, 'hour', 'Simple AD or AD Connector directory'),
  family('directoryservice.<domain-controller|shared-account>/<standard|enterprise>', String.raw`directoryservice\.(?:domain-controller|shared-account)/(?:standard|enterprise)`, 'hour', 'AWS Managed Microsoft AD domain controller, or account a directory is shared with'),
  family('waf.<web-acl|rule>', String.raw`waf\.(?:web-acl|rule)`, 'month', 'WAF Classic web ACL or rule'),
  family('waf.requests', String.raw`waf\.requests`, 'request', 'WAF Classic web requests'),
  // Databases, analytics and applications
  family('dms.instance/<class>/<single-az|multi-az>', String.raw`dms\.instance/dms\.[a-z0-9]+\.[a-z0-9]+/(?:single-az|multi-az)`, 'hour', 'DMS replication instance'),
  family('dms.storage/<single-az|multi-az>', String.raw`dms\.storage/(?:single-az|multi-az)`, 'GB-month', 'DMS replication instance storage'),
  family('neptune.instance/<class>/<standard|io-optimized>', String.raw`neptune\.instance/db\.[a-z0-9.-]+/(?:standard|io-optimized)`, 'hour', 'Neptune DB instance'),
  family('neptune.storage/<standard|io-optimized>', String.raw`neptune\.storage/(?:standard|io-optimized)`, 'GB-month', 'Neptune cluster storage'),
  family('neptune.io', String.raw`neptune\.io`, 'request', 'Neptune I/O requests (standard storage)'),
  family('neptune.backup-storage', String.raw`neptune\.backup-storage`, 'GB-month', 'Neptune backup and snapshot storage beyond the free allowance'),
  family('kinesisanalytics.kpu/<sql|java|studio>', String.raw`kinesisanalytics\.kpu/(?:sql|java|studio)`, 'KPU-hour', 'Kinesis Data Analytics processing units'),
  family('kinesisanalytics.running-storage/<java|studio>', String.raw`kinesisanalytics\.running-storage/(?:java|studio)`, 'GB-month', 'running application storage'),
  family('kinesisanalytics.backup', String.raw`kinesisanalytics\.backup`, 'GB-month', 'durable application backups (snapshots)'),
  family('grafana.user/<editor|viewer>', String.raw`grafana\.user/(?:editor|viewer)`, 'user-month', 'Managed Grafana active editor or viewer'),
  family('mwaa.<environment|worker|scheduler|webserver>/<size>', String.raw`mwaa\.(?:environment|worker|scheduler|webserver)/(?:small|medium|large|xlarge|2xlarge)`, 'hour', 'Managed Workflows for Apache Airflow environment, or an extra worker, scheduler or web server'),
  family('mwaa.storage', String.raw`mwaa\.storage`, 'GB-month', 'MWAA meta database storage'),
  family('transferfamily.protocol/<sftp|ftps|ftp|as2>', String.raw`transferfamily\.protocol/(?:sftp|ftps|ftp|as2)`, 'hour', 'Transfer Family server, per protocol enabled'),
  family('transferfamily.data/<upload|download>', String.raw`transferfamily\.data/(?:upload|download)`, 'GB', 'data uploaded or downloaded through a Transfer Family server'),
  family('lightsail.instance/<linux|windows>/<ipv4|ipv6>/<memory-gb>', String.raw`lightsail\.instance/(?:linux|windows)/(?:ipv4|ipv6)/[0-9]+(?:\.[0-9]+)?`, 'hour', 'Lightsail instance bundle by memory'),
  family('lightsail.database/<standard|high-availability>/<memory-gb>', String.raw`lightsail\.database/(?:standard|high-availability)/[0-9]+(?:\.[0-9]+)?`, 'hour', 'Lightsail database bundle by memory'),
  family('lightsail.storage', String.raw`lightsail\.storage`, 'GB-month', 'Lightsail block storage disk'),
  family('lightsail.load-balancer', String.raw`lightsail\.load-balancer`, 'hour', 'Lightsail load balancer'),
  family('lightsail.container/<power>', String.raw`lightsail\.container/(?:nano|micro|small|medium|large|xlarge)`, 'hour', 'Lightsail container service node by power'),
  family('codebuild.compute/<linux|windows>/<compute-type>', String.raw`codebuild\.compute/(?:linux|windows)/[a-z0-9]+\.[a-z0-9]+`, 'minute', 'CodeBuild on-demand EC2 compute by compute type (general1.small, arm1.large, gpu1.small...)'),
  family('cloudformation.handler-operations', String.raw`cloudformation\.handler-operations`, 'operation', 'third-party resource provider and hook handler operations'),
  family('cloudformation.handler-duration', String.raw`cloudformation\.handler-duration`, 'second', 'handler operation time beyond the free 30 seconds per operation'),
  family('glue.<job|job-flex|crawler>', String.raw`glue\.(?:job|job-flex|crawler)`, 'DPU-hour', 'Glue ETL job (standard or flex execution) and crawler DPU-hours'),
  family('glue.catalog-storage', String.raw`glue\.catalog-storage`, 'object-month', 'Data Catalog objects stored (the first million per account are free)'),
  family('glue.catalog-requests', String.raw`glue\.catalog-requests`, 'request', 'Data Catalog requests (the first million per account and month are free)'),
  family('s3.<analytics|inventory>-objects', String.raw`s3\.(?:analytics|inventory)-objects`, 'object', 'objects monitored by Storage Class Analysis, or listed in an Inventory report'),
  family('eventbridge.events/<custom|discovery>', String.raw`eventbridge\.events/(?:custom|discovery)`, 'event', 'custom events published (64 KB chunks), schema discovery events (8 KB chunks)'),
  family('eventbridge.archive-processing', String.raw`eventbridge\.archive-processing`, 'GB', 'events archived'),
  family('eventbridge.archive-storage', String.raw`eventbridge\.archive-storage`, 'GB-month', 'archive storage'),
  family('eventbridge.pipe-requests', String.raw`eventbridge\.pipe-requests`, 'request', 'EventBridge Pipes requests (64 KB chunks) after filtering'),
  family('scheduler.invocations/<from>', String.raw`scheduler\.invocations/${TIER}`, 'invocation', 'EventBridge Scheduler invocations, tiered by invocations per month (the first 14 million are free)'),
  family('ssm.advanced-parameter', String.raw`ssm\.advanced-parameter`, 'hour', 'Parameter Store advanced parameter'),
  family('ssm.parameter-api', String.raw`ssm\.parameter-api`, 'request', 'Parameter Store API interactions (advanced parameters, or higher throughput)'),
  family('ssm.advanced-instance', String.raw`ssm\.advanced-instance`, 'hour', 'on-premises managed instance in the advanced tier'),
  family('memorydb.node/<redis|valkey>/<type>', String.raw`memorydb\.node/(?:redis|valkey)/db\.[a-z0-9.-]+`, 'hour', 'MemoryDB node'),
  family('memorydb.snapshot/<redis|valkey>', String.raw`memorydb\.snapshot/(?:redis|valkey)`, 'GB-month', 'MemoryDB snapshot storage beyond the free allowance'),
  family('dax.node/<type>', String.raw`dax\.node/dax\.[a-z0-9]+\.[a-z0-9]+`, 'hour', 'DynamoDB Accelerator node'),
  family('vpc.lattice-service/hour', String.raw`vpc\.lattice-service/hour`, 'hour', 'VPC Lattice service'),
  family('vpc.lattice-service/gb', String.raw`vpc\.lattice-service/gb`, 'GB', 'data processed by a VPC Lattice service'),
  family('vpc.lattice-service/requests', String.raw`vpc\.lattice-service/requests`, 'request', 'VPC Lattice requests beyond the free 300,000 an hour'),
  family('msk.connect-mcu', String.raw`msk\.connect-mcu`, 'MCU-hour', 'MSK Connect worker capacity'),
  family('apprunner.vcpu', String.raw`apprunner\.vcpu`, 'vCPU-hour', 'App Runner active vCPU'),
  family('apprunner.<memory|provisioned-memory>', String.raw`apprunner\.(?:memory|provisioned-memory)`, 'GB-hour', 'App Runner memory of active and of provisioned (idle) instances'),
  family('fms.policy', String.raw`fms\.policy`, 'month', 'Firewall Manager protection policy per region'),
  family('codepipeline.pipeline', String.raw`codepipeline\.pipeline`, 'month', 'active V1 pipeline'),
  family('codepipeline.action-minutes', String.raw`codepipeline\.action-minutes`, 'minute', 'V2 pipeline action execution minutes'),
  family('cloudmap.resource', String.raw`cloudmap\.resource`, 'month', 'Cloud Map registered resource (service instance)'),
  family('emr.fee/<type>', String.raw`emr\.fee/[a-z0-9-]+\.[a-z0-9-]+`, 'hour', 'Amazon EMR fee per EC2 instance, on top of the instance'),
  family('datasync.data', String.raw`datasync\.data`, 'GB', 'data copied by DataSync'),
  family('athena.data-scanned', String.raw`athena\.data-scanned`, 'TB', 'data scanned by Athena SQL queries'),
  family('appsync.requests', String.raw`appsync\.requests`, 'request', 'AppSync query and data modification operations'),
  family('appsync.realtime-updates', String.raw`appsync\.realtime-updates`, 'message', 'AppSync real-time updates delivered'),
  family('appsync.realtime-minutes', String.raw`appsync\.realtime-minutes`, 'connection-minute', 'AppSync real-time connection minutes'),
  family('vpc.ipam-active-ip', String.raw`vpc\.ipam-active-ip`, 'hour', 'IP address managed by an Advanced-tier IPAM'),
];

/** The family a key belongs to, or undefined when the key is not in the vocabulary. */
export function priceKeyFamily(key: string): PriceKeyFamily | undefined {
  return PRICE_KEY_FAMILIES.find((f) => f.pattern.test(key));
}

/** The service part of a key: `ec2` for `ec2.instance/t3.micro/linux`. */
export function serviceOfKey(key: string): string {
  const dot = key.indexOf('.');
  return dot < 0 ? key : key.slice(0, dot);
}
