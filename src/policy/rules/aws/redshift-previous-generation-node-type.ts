import { defineRule } from '../../rule';

/** Node types AWS has retired or replaced, with what to move to. */
const RETIRED: Readonly<Record<string, string>> = {
  'dc1.large': 'dc2.large (same price, faster SSDs), or ra3.large',
  'dc1.8xlarge': 'dc2.8xlarge, or ra3.4xlarge',
  'ds2.xlarge': 'ra3.xlplus (managed storage billed apart from compute)',
  'ds2.8xlarge': 'ra3.4xlarge or ra3.16xlarge (managed storage billed apart from compute)',
};

/** The same-size DC2 type for a DC1 one: the only move a fix can make without resizing the cluster's storage model. */
const DC2: Readonly<Record<string, string>> = { 'dc1.large': 'dc2.large', 'dc1.8xlarge': 'dc2.8xlarge' };

/** Redshift clusters on DC1 or DS2 node types. */
export default defineRule({
  id: 'aws-redshift-previous-generation-node-type',
  title: 'Previous-generation Redshift node type',
  severity: 'info',
  category: 'cost',
  targets: ['aws_redshift_cluster'],
  docs: {
    why: 'DC1 and DS2 nodes are previous-generation: DC2 gives more for the price of DC1, and RA3 separates compute from managed storage, so a DS2 cluster sized for its disks pays for compute it does not use. AWS no longer sells reservations for them and asks customers to migrate.',
    fix: 'Resize the cluster to dc2 (from dc1) or ra3 (from ds2) node types with an elastic or classic resize; use the Redshift console\'s sizing recommendation for the number of RA3 nodes. A resize makes the cluster read-only for its duration.',
    links: ['https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#rs-upgrading-to-ra3'],
  },
  // unsafe: the resize makes the cluster read-only while it runs
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const type = resource.attr('node_type');
    if (!type || type.value.kind !== 'string') return;
    const instead = RETIRED[type.value.value];
    if (!instead) return;
    const target = DC2[type.value.value];
    report({
      at: type,
      message: `${type.value.value} is a previous-generation node type: move to ${instead}.`,
      fixes: target ? [{ title: `Use ${target} (a resize: the cluster is read-only meanwhile)`, edits: fix.set(resource, 'node_type', JSON.stringify(target)) }] : [],
    });
  },
});
