import { defineRule } from '../../rule';

/** Managed node groups with remote_access but no source security groups: EKS opens SSH to 0.0.0.0/0. */
export default defineRule({
  id: 'aws-eks-node-group-ssh-open',
  title: 'EKS node group allows SSH from anywhere',
  severity: 'error',
  category: 'security',
  targets: ['aws_eks_node_group'],
  docs: {
    why: 'When a managed node group has a remote_access block with an SSH key but no source_security_group_ids, EKS creates a security group that opens port 22 on every node to 0.0.0.0/0. Worker nodes hold the node IAM role and can reach every pod, so an exposed SSH daemon is a direct path into the cluster.',
    fix: 'Set remote_access { source_security_group_ids = [aws_security_group.bastion.id] } to allow SSH only from a bastion, or remove remote_access and use AWS Systems Manager Session Manager to reach nodes.',
    links: ['https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html', 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html'],
  },
  equivalents: { checkov: ['CKV_AWS_100'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('remote_access')) return;
    const remote = resource.blocks('remote_access')[0];
    if (!remote) return;
    const sources = remote.attr('source_security_group_ids');
    if (sources && (sources.value.kind !== 'list' || sources.value.items.length > 0)) return;
    report({
      at: remote,
      message: `remote_access has ${sources ? 'an empty source_security_group_ids' : 'no source_security_group_ids'}: EKS opens SSH (22) on every node of this group to 0.0.0.0/0.`,
    });
  },
});
