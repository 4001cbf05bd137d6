import { defineRule } from '../../rule';

/**
 * EKS clusters whose Kubernetes API endpoint is public (endpoint_public_access defaults to true)
 * and reachable from any address (public_access_cidrs defaults to ["0.0.0.0/0"]).
 */
export default defineRule({
  id: 'aws-eks-public-endpoint-open',
  title: 'EKS API endpoint is public and open to the internet',
  severity: 'error',
  category: 'security',
  targets: ['aws_eks_cluster'],
  docs: {
    why: 'A public EKS endpoint open to 0.0.0.0/0 lets anyone on the internet reach the Kubernetes API server: a leaked kubeconfig token, an over-permissive RBAC binding for system:anonymous or an API server vulnerability is then exploitable from anywhere. Both settings are the defaults, so a cluster created without a vpc_config decision is exposed.',
    fix: 'Set vpc_config { endpoint_private_access = true, endpoint_public_access = false } and reach the API through a VPN or bastion, or keep the public endpoint and restrict public_access_cidrs to your office, VPN and CI egress ranges.',
    links: ['https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html'],
  },
  equivalents: { checkov: ['CKV_AWS_38', 'CKV_AWS_39'], trivy: ['AVD-AWS-0040', 'AVD-AWS-0041'], tfsec: ['aws-eks-no-public-cluster-access', 'aws-eks-no-public-cluster-access-to-cidr'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('vpc_config')) return;
    const vpc = resource.blocks('vpc_config')[0];
    if (!vpc) return;
    const pub = vpc.attr('endpoint_public_access');
    if (pub && (pub.value.kind !== 'bool' || !pub.value.value)) return;
    const cidrs = vpc.attr('public_access_cidrs');
    if (cidrs) {
      if (cidrs.value.kind !== 'list') return;
      const open = cidrs.value.items.some((c) => c.kind === 'string' && (c.value === '0.0.0.0/0' || c.value === '::/0'));
      if (!open) return;
      report({ at: cidrs, message: 'public_access_cidrs includes 0.0.0.0/0: the Kubernetes API endpoint accepts connections from the whole internet.' });
      return;
    }
    report({
      at: pub ?? vpc,
      message: `${pub ? 'endpoint_public_access is true' : 'endpoint_public_access is not set (default true)'} and public_access_cidrs is not set (default ["0.0.0.0/0"]): the Kubernetes API endpoint is open to the whole internet.`,
    });
  },
});
