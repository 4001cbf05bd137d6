import { defineRule } from '../../rule';

/**
 * Redshift clusters reachable from the internet. A missing `publicly_accessible` is reported too:
 * AWS provider v5 defaults it to true (v6 defaults to false).
 */
export default defineRule({
  id: 'aws-redshift-publicly-accessible',
  title: 'Redshift cluster is publicly accessible',
  severity: 'error',
  category: 'security',
  targets: ['aws_redshift_cluster'],
  docs: {
    why: 'A publicly accessible cluster gets a public IP address and an endpoint that resolves to it from the internet; with a permissive security group, the warehouse and all its data are one password away from anyone.',
    fix: 'Set publicly_accessible = false and connect from inside the VPC, through a VPN, or via the Redshift Data API.',
    links: ['https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html'],
  },
  equivalents: { checkov: ['CKV_AWS_87'] },
  fix: 'safe',
  whenUnknown: 'info',
  check({ resource, report, undecided, fix }) {
    const pub = resource.attr('publicly_accessible');
    if (pub && !pub.known) {
      undecided(pub, 'publicly_accessible is known only after apply');
      return;
    }
    if (pub && !(pub.value.kind === 'bool' && pub.value.value)) return;
    report({
      at: pub ?? resource,
      message: `${pub ? 'publicly_accessible is true' : 'publicly_accessible is not set, and AWS provider v5 defaults it to true'}: the cluster gets a public IP address reachable from the internet.`,
      fixes: [{ title: 'Make the cluster private (publicly_accessible = false)', edits: fix.set(resource, 'publicly_accessible', 'false') }],
    });
  },
});
