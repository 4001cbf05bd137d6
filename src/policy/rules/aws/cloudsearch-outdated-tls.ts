import { defineRule } from '../../rule';
import { stringOf } from '../support/settings';

const CURRENT = 'Policy-Min-TLS-1-2-2019-07';

/** CloudSearch domains whose HTTPS endpoint still accepts TLS 1.0 and 1.1 (the default policy). */
export default defineRule({
  id: 'aws-cloudsearch-outdated-tls',
  title: 'CloudSearch domain accepts TLS older than 1.2',
  severity: 'warning',
  category: 'security',
  targets: ['aws_cloudsearch_domain'],
  docs: {
    why: 'The default TLS policy, Policy-Min-TLS-1-0-2019-07, still negotiates TLS 1.0 and 1.1, which are deprecated and weak against downgrade attacks; PCI DSS and most baselines require 1.2 or later.',
    fix: 'Set endpoint_options { tls_security_policy = "Policy-Min-TLS-1-2-2019-07" }. Every supported client speaks TLS 1.2.',
    links: ['https://docs.aws.amazon.com/cloudsearch/latest/developerguide/configuring-domain-endpoint-options.html'],
  },
  equivalents: { checkov: ['CKV_AWS_218'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('endpoint_options')) return;
    const options = resource.blocks('endpoint_options')[0];
    const policy = options?.attr('tls_security_policy');
    if (policy && (!policy.known || stringOf(policy) === CURRENT)) return;
    report({
      at: policy ?? options ?? resource,
      message: policy ? `tls_security_policy is "${stringOf(policy) ?? ''}": clients may connect with TLS 1.0 or 1.1.` : `tls_security_policy is not set (default Policy-Min-TLS-1-0-2019-07): clients may connect with TLS 1.0 or 1.1.`,
      fixes: [{ title: `Require TLS 1.2 (${CURRENT})`, edits: fix.ensure(resource, ['endpoint_options', 'tls_security_policy'], `"${CURRENT}"`) }],
    });
  },
});
