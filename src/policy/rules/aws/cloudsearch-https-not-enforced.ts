import { defineRule } from '../../rule';
import { boolOf } from '../support/settings';

/** CloudSearch domains whose `endpoint_options.enforce_https` is not true (the default is false). */
export default defineRule({
  id: 'aws-cloudsearch-https-not-enforced',
  title: 'CloudSearch domain accepts plain HTTP',
  severity: 'warning',
  category: 'security',
  targets: ['aws_cloudsearch_domain'],
  docs: {
    why: 'Without enforce_https, the search and document endpoints answer plain HTTP: queries, documents being uploaded and the signed requests that carry them can be read or altered on the way.',
    fix: 'Set endpoint_options { enforce_https = true } (with tls_security_policy = "Policy-Min-TLS-1-2-2019-07"). Clients calling http:// must switch to https://.',
    links: ['https://docs.aws.amazon.com/cloudsearch/latest/developerguide/configuring-domain-endpoint-options.html'],
  },
  equivalents: { checkov: ['CKV_AWS_220'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('endpoint_options')) return;
    const options = resource.blocks('endpoint_options')[0];
    const flag = options?.attr('enforce_https');
    if (flag && boolOf(flag) !== false) return;
    report({
      at: flag ?? options ?? resource,
      message: flag ? 'endpoint_options.enforce_https is false: the domain answers plain HTTP.' : 'enforce_https is not set (default false): the domain answers plain HTTP.',
      fixes: [{ title: 'Require HTTPS (enforce_https = true)', edits: fix.ensure(resource, ['endpoint_options', 'enforce_https'], 'true') }],
    });
  },
});
