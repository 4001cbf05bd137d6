import { defineRule } from '../../rule';

/**
 * Redshift provisioned clusters without encryption at rest. A missing `encrypted` is reported too:
 * AWS provider v5 defaults it to false (v6 and the console default to true).
 */
export default defineRule({
  id: 'aws-redshift-unencrypted',
  title: 'Redshift cluster is not encrypted at rest',
  severity: 'warning',
  category: 'security',
  targets: ['aws_redshift_cluster'],
  docs: {
    why: 'A data warehouse concentrates an organisation\'s data; without encryption at rest its blocks, system metadata and snapshots are stored unencrypted and snapshots can be shared without a key policy to stop them.',
    fix: 'Set encrypted = true (and kms_key_id for a customer managed key). Redshift encrypts an existing cluster by migrating its data, which takes time and makes the cluster read-only while it runs.',
    links: ['https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_64'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const encrypted = resource.attr('encrypted');
    if (encrypted && (!encrypted.known || (encrypted.value.kind === 'bool' && encrypted.value.value) || (encrypted.value.kind === 'string' && encrypted.value.value === 'true'))) return;
    report({
      at: encrypted ?? resource,
      message: `${encrypted ? 'encrypted is false' : 'encrypted is not set (false by default in AWS provider v5)'}: the cluster's data and snapshots are stored unencrypted.`,
      fixes: [{ title: 'Encrypt the cluster (a long-running migration, read-only meanwhile)', edits: fix.set(resource, 'encrypted', 'true') }],
    });
  },
});
