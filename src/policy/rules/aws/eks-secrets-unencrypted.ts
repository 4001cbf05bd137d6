import { defineRule } from '../../rule';

/** EKS clusters without envelope encryption of Kubernetes secrets under a KMS key of the customer's. */
export default defineRule({
  id: 'aws-eks-secrets-unencrypted',
  title: 'EKS secrets are not encrypted with a customer KMS key',
  severity: 'warning',
  category: 'security',
  targets: ['aws_eks_cluster'],
  docs: {
    why: 'Kubernetes Secrets hold database passwords, API tokens and service account keys. Without an encryption_config for "secrets", they are protected only by the default etcd encryption under a key you do not control: you cannot audit its use in CloudTrail, restrict it with a key policy or revoke it.',
    fix: 'Add encryption_config { resources = ["secrets"] provider { key_arn = aws_kms_key.eks.arn } }. It can be added to an existing cluster but never removed.',
    links: ['https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html'],
  },
  equivalents: { checkov: ['CKV_AWS_58'], trivy: ['AVD-AWS-0039'], tfsec: ['aws-eks-encrypt-secrets'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('encryption_config')) return;
    const configs = resource.blocks('encryption_config');
    for (const c of configs) {
      const res = c.attr('resources');
      if (!res || res.value.kind !== 'list') return; // unknown: do not guess
      if (!res.value.items.some((r) => r.kind === 'string' && r.value === 'secrets')) continue;
      if (c.hasUnknownBlocks('provider') || c.blocks('provider').some((p) => (p.attr('key_arn')?.value.kind ?? 'null') !== 'null')) return;
      // secrets listed, but no key to encrypt them with
      report({ at: c, message: 'encryption_config lists "secrets" but names no provider { key_arn }: there is no KMS key to envelope-encrypt Kubernetes Secrets with.' });
      return;
    }
    report({
      at: configs[0] ?? resource,
      message: configs.length ? 'encryption_config does not list "secrets": Kubernetes Secrets are not envelope-encrypted with your KMS key.' : 'No encryption_config block: Kubernetes Secrets are not envelope-encrypted with a KMS key you control.',
    });
  },
});
