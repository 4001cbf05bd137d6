import { defineRule } from '../../rule';
import { stringsOf } from '../support/policy-document';

/** Neptune clusters that do not export their audit log to CloudWatch Logs (`enable_cloudwatch_logs_exports`). */
export default defineRule({
  id: 'aws-neptune-audit-log-export-missing',
  title: 'Neptune cluster does not export its audit log',
  severity: 'warning',
  category: 'security',
  targets: ['aws_neptune_cluster'],
  docs: {
    why: 'The Neptune audit log records every query and the client that sent it. Unless it is exported to CloudWatch Logs it stays on the instances, is rotated away within days, and cannot be searched or alarmed on when data access has to be investigated.',
    fix: 'Add "audit" to enable_cloudwatch_logs_exports and set neptune_enable_audit_log = 1 in the cluster parameter group. CloudWatch Logs ingestion and storage are billed.',
    links: ['https://docs.aws.amazon.com/neptune/latest/userguide/auditing.html', 'https://docs.aws.amazon.com/neptune/latest/userguide/cloudwatch-logs.html'],
  },
  equivalents: { checkov: ['CKV_AWS_101'], trivy: ['AVD-AWS-0075'], tfsec: ['aws-neptune-enable-log-export'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const exports = resource.attr('enable_cloudwatch_logs_exports');
    const logs = stringsOf(exports?.value);
    if (!logs.complete || logs.values.includes('audit')) return;
    report({
      at: exports ?? resource,
      message: exports
        ? 'enable_cloudwatch_logs_exports does not include "audit": queries and their clients are not recorded outside the instances.'
        : 'enable_cloudwatch_logs_exports is not set: the audit log is not exported, so queries and their clients are not recorded outside the instances.',
      fixes: exports ? [] : [{ title: 'Export the audit log (billed by CloudWatch Logs; needs neptune_enable_audit_log in the parameter group)', edits: fix.set(resource, 'enable_cloudwatch_logs_exports', '["audit"]') }],
    });
  },
});
