import { defineRule } from '../../rule';

/** RDS instances (standalone or Aurora cluster members) with a public IP address and DNS name. */
export default defineRule({
  id: 'aws-rds-publicly-accessible',
  title: 'RDS database instance is publicly accessible',
  severity: 'error',
  category: 'security',
  targets: ['aws_db_instance', 'aws_rds_cluster_instance'],
  docs: {
    why: 'A publicly accessible instance gets a public IP address and an endpoint that resolves to it from the internet; a single permissive security group rule then exposes the database to credential stuffing and exploits. Databases are found by internet-wide scanners within minutes.',
    fix: 'Set publicly_accessible = false and reach the database from inside the VPC: from the application\'s subnets, through a VPN, or with Session Manager port forwarding from a bastion.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding'],
  },
  equivalents: { checkov: ['CKV_AWS_17'], trivy: ['AVD-AWS-0180'], tfsec: ['aws-rds-no-public-db-access'] },
  fix: 'safe',
  whenUnknown: 'info',
  check({ resource, report, undecided, fix }) {
    const pub = resource.attr('publicly_accessible');
    if (!pub) return;
    if (!pub.known) {
      undecided(pub, 'publicly_accessible is known only after apply');
      return;
    }
    if (pub.value.kind !== 'bool' || !pub.value.value) return;
    report({
      at: pub,
      message: 'publicly_accessible is true: the instance gets a public IP address and its endpoint resolves to it from the internet.',
      fixes: [{ title: 'Make the instance private (publicly_accessible = false)', edits: fix.set(resource, 'publicly_accessible', 'false') }],
    });
  },
});
