import { defineRule } from '../../rule';
import { stringsOf } from '../support/policy-document';

const LOGS = ['audit', 'profiler'];

/**
 * DocumentDB clusters that export neither their audit log nor their profiler log to CloudWatch
 * Logs (`enabled_cloudwatch_logs_exports`). Exporting either one is enough here, as for Trivy.
 */
export default defineRule({
  id: 'aws-docdb-log-exports-missing',
  title: 'DocumentDB cluster exports no logs to CloudWatch',
  severity: 'warning',
  category: 'security',
  targets: ['aws_docdb_cluster'],
  docs: {
    why: 'Without the audit log, DocumentDB keeps no record of authentication attempts, user management or DDL; without the profiler log, slow operations leave no trace. Neither log can be reconstructed after an incident.',
    fix: 'Set enabled_cloudwatch_logs_exports = ["audit", "profiler"] and turn on audit_logs (and the profiler) in the cluster parameter group. CloudWatch Logs ingestion and storage are billed.',
    links: ['https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html', 'https://docs.aws.amazon.com/documentdb/latest/developerguide/profiling.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0020'], tfsec: ['aws-documentdb-enable-log-export'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const exports = resource.attr('enabled_cloudwatch_logs_exports');
    const logs = stringsOf(exports?.value);
    if (!logs.complete || logs.values.some((l) => LOGS.includes(l))) return;
    report({
      at: exports ?? resource,
      message: exports
        ? 'enabled_cloudwatch_logs_exports exports neither "audit" nor "profiler": authentication, DDL and slow operations are not recorded.'
        : 'enabled_cloudwatch_logs_exports is not set: the cluster exports neither its audit nor its profiler log, so authentication, DDL and slow operations are not recorded.',
      fixes: exports ? [] : [{ title: 'Export the audit and profiler logs (billed by CloudWatch Logs)', edits: fix.set(resource, 'enabled_cloudwatch_logs_exports', '["audit", "profiler"]') }],
    });
  },
});
