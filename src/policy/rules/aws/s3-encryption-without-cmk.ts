import { defineRule } from '../../rule';
import type { Value } from '../../../terraform';
import type { Graph, ResourceView } from '../../resource-view';
import { companionsOf } from './s3-companions';

/**
 * Buckets encrypted only with S3-managed keys: no server-side encryption configuration (S3 then
 * applies SSE-S3, the default since January 2023), `AES256`, or `aws:kms` with the AWS managed
 * `aws/s3` key. Governance advice for data whose access must be controlled and audited by key.
 * Buckets that receive S3 server access logs are left alone: such a target bucket can only use
 * SSE-S3.
 */
export default defineRule({
  id: 'aws-s3-encryption-without-cmk',
  title: 'S3 bucket not encrypted with a customer managed KMS key',
  severity: 'warning',
  category: 'governance',
  targets: ['aws_s3_bucket'],
  docs: {
    why: 'Every S3 object is encrypted at rest (SSE-S3 is the default since January 2023), but with a key S3 owns: no key policy limits who can decrypt, key use is not logged in CloudTrail, and access cannot be revoked by disabling a key. Data under compliance rules (PCI DSS, HIPAA, internal classification) usually needs a customer managed KMS key.',
    fix: 'Add an aws_s3_bucket_server_side_encryption_configuration with sse_algorithm = "aws:kms", kms_master_key_id set to a customer managed aws_kms_key, and bucket_key_enabled = true to keep KMS request costs low.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_145'], trivy: ['AVD-AWS-0132'], tfsec: ['aws-s3-encryption-customer-key'] },
  check({ resource, graph, report }) {
    if (receivesAccessLogs(resource, graph)) return;
    const legacy = resource.blocks('server_side_encryption_configuration');
    const { found, unsure } = companionsOf(resource, graph, 'aws_s3_bucket_server_side_encryption_configuration');
    const configs = [...found, ...legacy];
    if (configs.length === 0) {
      if (unsure) return;
      report({ at: resource, message: 'No server-side encryption configuration: objects are encrypted with S3-managed keys (SSE-S3) only, which no key policy or CloudTrail key log covers.' });
      return;
    }
    for (const config of configs) {
      if (config.hasUnknownBlocks('rule')) return;
      for (const rule of config.blocks('rule')) {
        const byDefault = rule.blocks('apply_server_side_encryption_by_default')[0];
        const algorithm = byDefault?.attr('sse_algorithm');
        if (!algorithm || algorithm.value.kind !== 'string') continue;
        if (algorithm.value.value === 'AES256') {
          report({ at: algorithm, message: 'sse_algorithm is "AES256" (SSE-S3): the data key is owned by S3, so no key policy limits who can decrypt and key use is not logged.' });
        } else if (algorithm.value.value.startsWith('aws:kms') && !byDefault!.attr('kms_master_key_id')) {
          report({ at: algorithm, message: `sse_algorithm is "${algorithm.value.value}" without kms_master_key_id: S3 uses the AWS managed key aws/s3, whose key policy you cannot change.` });
        }
      }
    }
  },
});

const LOG_DELIVERY_GROUP = 'http://acs.amazonaws.com/groups/s3/LogDelivery';
const LOGGING_SERVICE = 'logging.s3.amazonaws.com';

/**
 * Whether the bucket is a target of S3 server access logging: another bucket logs to it, its ACL is
 * "log-delivery-write" or grants the log delivery group, or its policy lets the logging service write.
 */
function receivesAccessLogs(bucket: ResourceView, graph: Graph): boolean {
  if (graph.referencing(bucket, 'aws_s3_bucket_logging', 'target_bucket', 'bucket').length > 0) return true;
  const acls = [bucket, ...graph.referencing(bucket, 'aws_s3_bucket_acl', 'bucket', 'bucket')];
  for (const acl of acls) {
    const canned = acl.attr('acl')?.value;
    if (canned?.kind === 'string' && canned.value === 'log-delivery-write') return true;
    const grants = [...acl.blocks('grant'), ...acl.blocks('access_control_policy').flatMap((p) => p.blocks('grant'))];
    for (const g of grants) {
      const uri = (g.attr('uri') ?? g.blocks('grantee')[0]?.attr('uri'))?.value;
      if (uri?.kind === 'string' && uri.value === LOG_DELIVERY_GROUP) return true;
    }
  }
  const policies = [bucket, ...graph.referencing(bucket, 'aws_s3_bucket_policy', 'bucket', 'bucket')];
  return policies.some((p) => allowsLoggingService(p.attr('policy')?.value));
}

function allowsLoggingService(policy: Value | undefined): boolean {
  if (policy?.kind !== 'string') return false;
  let doc: unknown;
  try {
    doc = JSON.parse(policy.value);
  } catch {
    return false;
  }
  const statements = (doc as { Statement?: unknown }).Statement;
  const list = Array.isArray(statements) ? statements : statements ? [statements] : [];
  return list.some((s: { Effect?: unknown; Principal?: { Service?: unknown } }) => {
    const service = s?.Principal?.Service;
    return s?.Effect === 'Allow' && (service === LOGGING_SERVICE || (Array.isArray(service) && service.includes(LOGGING_SERVICE)));
  });
}
