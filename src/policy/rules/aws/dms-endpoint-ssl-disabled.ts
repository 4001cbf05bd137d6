import { defineRule } from '../../rule';
import type { ResourceView } from '../../resource-view';
import { stringOf } from '../support/settings';

/** Engines that do not use ssl_mode, per endpoint type: their connections are secured otherwise. */
const NO_SSL_MODE: Readonly<Record<string, readonly string[]>> = {
  source: ['s3', 'azuredb'],
  target: ['dynamodb', 'kinesis', 'neptune', 'redshift', 's3', 'elasticsearch', 'kafka'],
};

/** Whether the endpoint's engine connects over a database protocol that ssl_mode secures; undefined when unknown. */
export function usesSslMode(resource: ResourceView): boolean | undefined {
  const type = stringOf(resource.attr('endpoint_type'));
  const engine = stringOf(resource.attr('engine_name'));
  if (type === undefined || engine === undefined) return undefined;
  return !(NO_SSL_MODE[type] ?? []).includes(engine);
}

/** DMS endpoints with `ssl_mode = "none"` for a database engine that supports SSL. */
export default defineRule({
  id: 'aws-dms-endpoint-ssl-disabled',
  title: 'DMS endpoint connects to its database without SSL',
  severity: 'warning',
  category: 'security',
  targets: ['aws_dms_endpoint'],
  docs: {
    why: 'With ssl_mode "none", the replication instance connects to the database in clear text: the credentials and every row being migrated cross the network readable. Endpoints whose engine does not use ssl_mode (S3, DynamoDB, Kinesis, Kafka, ...) are left out; an ssl_mode left unset is reported by aws-dms-endpoint-ssl-mode-unset.',
    fix: 'Set ssl_mode = "require" (or "verify-full" with certificate_arn for a certificate DMS checks). The database must accept TLS connections.',
    links: ['https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_49'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const mode = resource.attr('ssl_mode');
    if (stringOf(mode) !== 'none' || usesSslMode(resource) !== true) return;
    report({
      at: mode!,
      message: 'ssl_mode is "none": credentials and migrated data reach the database in clear text.',
      fixes: [{ title: 'Require SSL (ssl_mode = "require")', edits: fix.set(resource, 'ssl_mode', '"require"') }],
    });
  },
});
