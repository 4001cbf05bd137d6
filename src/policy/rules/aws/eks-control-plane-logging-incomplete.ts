import { defineRule } from '../../rule';

const ALL = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];
/** The log types an investigation needs: who called the API, what changed, who authenticated. */
const NEEDED = ['api', 'audit', 'authenticator'];

/** EKS clusters whose control plane does not send the api, audit and authenticator logs to CloudWatch. */
export default defineRule({
  id: 'aws-eks-control-plane-logging-incomplete',
  title: 'EKS control plane logging is missing api, audit or authenticator logs',
  severity: 'warning',
  category: 'security',
  targets: ['aws_eks_cluster'],
  docs: {
    why: 'EKS keeps no control plane logs unless enabled_cluster_log_types asks for them. Without the audit and authenticator logs there is no record of who read a Secret, created a privileged pod or authenticated with which IAM identity, which is what an incident investigation starts from.',
    fix: `Set enabled_cluster_log_types = ${JSON.stringify(ALL).replace(/,/g, ', ')}, or at least api, audit and authenticator. The logs are billed as CloudWatch Logs ingestion and storage; give the /aws/eks/<cluster>/cluster log group a retention period.`,
    links: ['https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html'],
  },
  equivalents: { checkov: ['CKV_AWS_37'], trivy: ['AVD-AWS-0038'], tfsec: ['aws-eks-enable-control-plane-logging'] },
  // logging adds CloudWatch Logs charges, which the user should see before applying it
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const types = resource.attr('enabled_cluster_log_types');
    if (types && types.value.kind !== 'list') return;
    const present = types && types.value.kind === 'list' ? types.value.items.flatMap((t) => (t.kind === 'string' ? [t.value] : [])) : [];
    if (types && types.value.kind === 'list' && types.value.items.some((t) => t.kind !== 'string')) return;
    const missing = NEEDED.filter((t) => !present.includes(t));
    if (missing.length === 0) return;
    report({
      at: types ?? resource,
      message: types ? `enabled_cluster_log_types lacks ${missing.join(', ')}: those control plane logs are not kept.` : 'enabled_cluster_log_types is not set: the control plane keeps no api, audit or authenticator logs.',
      fixes: [{ title: 'Enable every control plane log type', edits: fix.set(resource, 'enabled_cluster_log_types', JSON.stringify(ALL).replace(/,/g, ', ')) }],
    });
  },
});
