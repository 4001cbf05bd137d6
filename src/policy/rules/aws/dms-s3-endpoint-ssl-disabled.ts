import { defineRule } from '../../rule';
import { stringOf } from '../support/settings';

const SECURE = ['require', 'verify-ca', 'verify-full'];

/** `aws_dms_s3_endpoint` resources whose `ssl_mode` is unset (DMS uses "none") or "none". */
export default defineRule({
  id: 'aws-dms-s3-endpoint-ssl-disabled',
  title: 'DMS S3 endpoint does not require SSL',
  severity: 'warning',
  category: 'security',
  targets: ['aws_dms_s3_endpoint'],
  docs: {
    why: 'Without ssl_mode = "require" (or a verify mode), the replication instance may talk to S3 over plain HTTP: the files being migrated cross the network readable and alterable.',
    fix: 'Set ssl_mode = "require".',
    links: ['https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html'],
  },
  equivalents: { checkov: ['CKV_AWS_299'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const mode = resource.attr('ssl_mode');
    if (mode && (!mode.known || SECURE.includes(stringOf(mode) ?? ''))) return;
    report({
      at: mode ?? resource,
      message: mode ? `ssl_mode is "${stringOf(mode) ?? ''}": the endpoint may reach S3 without TLS.` : 'ssl_mode is not set (DMS uses "none"): the endpoint may reach S3 without TLS.',
      fixes: [{ title: 'Require SSL (ssl_mode = "require")', edits: fix.set(resource, 'ssl_mode', '"require"') }],
    });
  },
});
