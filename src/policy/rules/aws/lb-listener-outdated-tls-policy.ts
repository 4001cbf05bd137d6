import { defineRule } from '../../rule';

const RECOMMENDED = 'ELBSecurityPolicy-TLS13-1-2-2021-06';
/** Predefined ELB security policies that still accept TLS 1.0 or TLS 1.1. */
const OUTDATED = /^ELBSecurityPolicy-(2015-05|2016-08|TLS-1-0-|TLS-1-1-|FS-2018-06|FS-1-1-|TLS13-1-0-|TLS13-1-1-)/;
/** The policy AWS applies to an HTTPS or TLS listener created through the API without one. */
const API_DEFAULT = 'ELBSecurityPolicy-2016-08';

/** HTTPS and TLS listeners whose security policy (explicit or the API default) accepts TLS 1.0/1.1. */
export default defineRule({
  id: 'aws-lb-listener-outdated-tls-policy',
  title: 'Load balancer listener accepts TLS 1.0 or 1.1',
  severity: 'warning',
  category: 'security',
  targets: ['aws_lb_listener', 'aws_alb_listener'],
  docs: {
    why: 'TLS 1.0 and 1.1 have known weaknesses (BEAST, weak CBC ciphers and SHA-1 signatures), are deprecated by RFC 8996 and fail PCI DSS. A listener that still offers them lets a network attacker downgrade clients that support both.',
    fix: `Set ssl_policy = "${RECOMMENDED}" (TLS 1.3 and 1.2), or a FIPS or post-quantum variant of it if you need one. Clients that only speak TLS 1.0 or 1.1 (very old Android and Java versions) can no longer connect.`,
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html'],
  },
  equivalents: { checkov: ['CKV_AWS_103'], trivy: ['AVD-AWS-0047'], tfsec: ['aws-elb-use-secure-tls-policy'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const protocol = resource.attr('protocol');
    if (!protocol || protocol.value.kind !== 'string' || (protocol.value.value !== 'HTTPS' && protocol.value.value !== 'TLS')) return;
    const policy = resource.attr('ssl_policy');
    if (policy && (policy.value.kind !== 'string' || !OUTDATED.test(policy.value.value))) return;
    const name = policy?.value.kind === 'string' ? policy.value.value : API_DEFAULT;
    report({
      at: policy ?? resource,
      message: policy ? `ssl_policy "${name}" accepts TLS versions older than 1.2.` : `No ssl_policy: the listener gets ${API_DEFAULT}, which accepts TLS 1.0 and 1.1.`,
      fixes: [{ title: `Use ${RECOMMENDED}`, edits: fix.set(resource, 'ssl_policy', `"${RECOMMENDED}"`) }],
    });
  },
});
