import { defineRule } from '../../rule';

/** Managed node groups on On-Demand capacity (capacity_type defaults to ON_DEMAND). */
export default defineRule({
  id: 'aws-eks-node-group-on-demand-only',
  title: 'EKS node group uses only On-Demand capacity',
  severity: 'info',
  category: 'cost',
  targets: ['aws_eks_node_group'],
  docs: {
    why: 'Spot capacity costs up to 90% less than On-Demand for the same instance types. Stateless workloads, batch jobs and CI runners on Kubernetes usually tolerate the two-minute interruption notice, so a node group that runs only On-Demand often pays several times what it needs to.',
    fix: 'For interruption-tolerant workloads, add a node group with capacity_type = "SPOT" and several instance_types of similar size (so Spot can pick from more pools), and schedule those workloads onto it; keep On-Demand (or Savings Plans) for stateful and critical pods.',
    links: ['https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html#managed-node-group-capacity-types', 'https://aws.amazon.com/ec2/spot/pricing/'],
  },
  check({ resource, report }) {
    const capacity = resource.attr('capacity_type');
    if (capacity && (capacity.value.kind !== 'string' || capacity.value.value !== 'ON_DEMAND')) return;
    report({
      at: capacity ?? resource,
      message: `${capacity ? 'capacity_type is ON_DEMAND' : 'capacity_type is not set (default ON_DEMAND)'}: if the pods on this node group tolerate interruption, Spot capacity would cost up to 90% less.`,
    });
  },
});
