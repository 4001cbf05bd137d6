import { defineRule } from '../../rule';
import { usesSslMode } from './dms-endpoint-ssl-disabled';

/** DMS endpoints for a database engine that supports SSL and leave `ssl_mode` unset (DMS then uses "none"). */
export default defineRule({
  id: 'aws-dms-endpoint-ssl-mode-unset',
  title: 'DMS endpoint leaves ssl_mode unset (no SSL)',
  severity: 'warning',
  category: 'security',
  targets: ['aws_dms_endpoint'],
  docs: {
    why: 'When ssl_mode is not set, DMS connects without SSL ("none"): the credentials and every row being migrated cross the network in clear text. Checkov\'s CKV2_AWS_49 flags only an explicit "none", which aws-dms-endpoint-ssl-disabled reports.',
    fix: 'Set ssl_mode = "require" (or "verify-full" with certificate_arn). The database must accept TLS connections.',
    links: ['https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html'],
  },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.attr('ssl_mode') || usesSslMode(resource) !== true) return;
    report({
      at: resource,
      message: 'ssl_mode is not set (DMS uses "none"): credentials and migrated data reach the database in clear text.',
      fixes: [{ title: 'Require SSL (ssl_mode = "require")', edits: fix.set(resource, 'ssl_mode', '"require"') }],
    });
  },
});
