import { defineRule } from '../../rule';

/**
 * A hosted zone with neither an `aws_route53_hosted_zone_dnssec` nor an `aws_route53_key_signing_key`
 * referring to it (through `hosted_zone_id`). Private zones (with a `vpc` block) are left alone:
 * Route 53 cannot sign them.
 */
export default defineRule({
  id: 'aws-route53-dnssec-disabled',
  title: 'Route 53 public hosted zone without DNSSEC signing',
  severity: 'info',
  category: 'security',
  targets: ['aws_route53_zone'],
  docs: {
    why: 'Without DNSSEC, resolvers cannot tell a genuine answer for the zone from a forged one: DNS spoofing and cache poisoning can send your users, or your own services, to an attacker\'s address. Signing the zone lets validating resolvers reject forged answers.',
    fix: 'Add an aws_route53_key_signing_key backed by an asymmetric KMS key (ECC_NIST_P256, in us-east-1) and an aws_route53_hosted_zone_dnssec for the zone, then publish the DS record at the registrar or parent zone. Mind the TTLs before turning signing on or off: a mistake makes the domain unresolvable for validating resolvers.',
    links: ['https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-configuring-dnssec.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_38'] },
  check({ resource, graph, report }) {
    if (resource.hasUnknownBlocks('vpc') || resource.blocks('vpc').length > 0) return;
    for (const type of ['aws_route53_hosted_zone_dnssec', 'aws_route53_key_signing_key']) {
      if (graph.referencing(resource, type, 'hosted_zone_id', 'zone_id').length > 0) return;
      const unsure = graph.ofType(type).some((r) => {
        const v = r.attr('hosted_zone_id')?.value;
        return v?.kind === 'unknown' && !(v.source && /(^|\.)aws_route53_zone\.[^.]+/.test(v.source));
      });
      if (unsure) return;
    }
    const name = resource.attr('name')?.value;
    report({ at: resource, message: `The zone${name?.kind === 'string' ? ` ${name.value}` : ''} is not DNSSEC-signed: resolvers cannot detect forged answers for it.` });
  },
});
