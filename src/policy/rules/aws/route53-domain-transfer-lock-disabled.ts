import { defineRule } from '../../rule';

/** A registered domain with `transfer_lock = false` (the lock is on by default). */
export default defineRule({
  id: 'aws-route53-domain-transfer-lock-disabled',
  title: 'Route 53 registered domain without transfer lock',
  severity: 'warning',
  category: 'security',
  targets: ['aws_route53domains_registered_domain'],
  docs: {
    why: 'The transfer lock (clientTransferProhibited) stops the domain from being moved to another registrar. Without it, anyone who obtains the authorization code, or talks a registrar into it, can take the domain away with its email and every service under it.',
    fix: 'Remove transfer_lock = false or set it to true, and unlock the domain only for the duration of a planned transfer.',
    links: ['https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-lock.html'],
  },
  equivalents: { checkov: ['CKV_AWS_377'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const lock = resource.attr('transfer_lock');
    if (!lock || !(lock.value.kind === 'bool' && !lock.value.value)) return;
    report({
      at: lock,
      message: 'transfer_lock is false: the domain can be transferred to another registrar by anyone who gets its authorization code.',
      fixes: [{ title: 'Lock the domain against transfers', edits: fix.set(resource, 'transfer_lock', 'true') }],
    });
  },
});
