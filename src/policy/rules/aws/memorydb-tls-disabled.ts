import { defineRule } from '../../rule';

/** A MemoryDB cluster with `tls_enabled = false` (it defaults to true). */
export default defineRule({
  id: 'aws-memorydb-tls-disabled',
  title: 'MemoryDB cluster without in-transit encryption',
  severity: 'error',
  category: 'security',
  targets: ['aws_memorydb_cluster'],
  docs: {
    why: 'With TLS off, Redis commands, keys, values and the ACL user passwords travel in clear text between clients and the cluster and between its nodes: anyone who can capture traffic in the VPC can read the data and replay the credentials.',
    fix: 'Remove tls_enabled = false (TLS is the default) or set it to true, and connect with a TLS-capable client (rediss://). TLS can only be set when the cluster is created: changing it replaces the cluster, so plan a data migration (snapshot and restore) first.',
    links: ['https://docs.aws.amazon.com/memorydb/latest/devguide/in-transit-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_202'] },
  check({ resource, report }) {
    const tls = resource.attr('tls_enabled');
    if (!tls || !(tls.value.kind === 'bool' && !tls.value.value)) return;
    report({ at: tls, message: 'tls_enabled is false: data and ACL passwords travel unencrypted between clients and the cluster.' });
  },
});
