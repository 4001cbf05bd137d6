import { defineRule } from '../../rule';
import { boolOf } from '../support/settings';

/** DMS replication instances with `publicly_accessible = true`. */
export default defineRule({
  id: 'aws-dms-replication-instance-public',
  title: 'DMS replication instance is publicly accessible',
  severity: 'error',
  category: 'security',
  targets: ['aws_dms_replication_instance'],
  docs: {
    why: 'A public replication instance gets a public IP address, so its network interface is reachable from the internet wherever its security groups allow. It holds credentials for both source and target databases and streams their data.',
    fix: 'Set publicly_accessible = false and reach the databases through the VPC, a VPN, Direct Connect or VPC peering. Terraform replaces the instance: plan the change between migration tasks.',
    links: ['https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html'],
  },
  equivalents: { checkov: ['CKV_AWS_89'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const pub = resource.attr('publicly_accessible');
    if (boolOf(pub) !== true) return;
    report({
      at: pub!,
      message: 'publicly_accessible is true: the replication instance, which holds credentials for both databases, has a public IP address.',
      fixes: [{ title: 'Make the instance private (replaces it)', edits: fix.set(resource, 'publicly_accessible', 'false') }],
    });
  },
});
