import { defineRule } from '../../rule';

/** An SES configuration set without `delivery_options { tls_policy = "Require" }` (the default is "Optional"). */
export default defineRule({
  id: 'aws-ses-configuration-set-tls-optional',
  title: 'SES configuration set does not require TLS',
  severity: 'warning',
  category: 'security',
  targets: ['aws_ses_configuration_set'],
  docs: {
    why: 'With the default "Optional" policy, SES falls back to sending mail in clear text when the receiving server does not offer TLS, or when an attacker on the path strips the STARTTLS offer: password resets, invoices and other messages sent with the set can be read and altered in transit.',
    fix: 'Add delivery_options { tls_policy = "Require" }. SES then refuses to deliver to servers that cannot negotiate TLS and reports those messages as bounces, so check the bounce rate after the change.',
    links: ['https://docs.aws.amazon.com/ses/latest/dg/security-protocols.html'],
  },
  equivalents: { checkov: ['CKV_AWS_365'] },
  // unsafe: mail to servers without TLS stops being delivered
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('delivery_options')) return;
    const policy = resource.attrAt('delivery_options.tls_policy');
    if (policy && (!policy.known || (policy.value.kind === 'string' && policy.value.value === 'Require'))) return;
    report({
      at: policy ?? resource,
      message: `${policy ? 'tls_policy is "Optional"' : 'No delivery_options tls_policy (default "Optional")'}: SES sends mail in clear text when TLS cannot be negotiated.`,
      fixes: [{ title: 'Require TLS for delivery (mail to servers without TLS bounces)', edits: fix.ensure(resource, ['delivery_options', 'tls_policy'], '"Require"') }],
    });
  },
});
