import { defineRule } from '../../rule';

/** Redshift clusters without `cluster_subnet_group_name`: launched into the region's default VPC. */
export default defineRule({
  id: 'aws-redshift-cluster-without-subnet-group',
  title: 'Redshift cluster is not placed in a chosen VPC',
  severity: 'warning',
  category: 'security',
  targets: ['aws_redshift_cluster'],
  docs: {
    why: 'Without a cluster subnet group, Redshift launches the cluster into the default VPC, whose subnets are public and shared with whatever else lands there by default. The warehouse then sits outside the network boundaries, route tables and flow logs you designed for it.',
    fix: 'Create an aws_redshift_subnet_group over private subnets of your VPC and set cluster_subnet_group_name to it (with vpc_security_group_ids). Moving an existing cluster to another VPC replaces it: restore from a snapshot.',
    links: ['https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-cluster-subnet-groups.html'],
  },
  equivalents: { checkov: ['CKV_AWS_154'], trivy: ['AVD-AWS-0127'], tfsec: ['aws-redshift-use-vpc'] },
  check({ resource, report }) {
    const group = resource.attr('cluster_subnet_group_name');
    if (group && (group.value.kind !== 'string' || group.value.value !== '')) return;
    report({ at: group ?? resource, message: 'cluster_subnet_group_name is not set: the cluster is launched into the default VPC rather than private subnets you chose.' });
  },
});
