import { defineRule } from '../../rule';
import type { Value } from '../../../terraform';

/**
 * The resource types an A record may point at that this configuration then manages: while the
 * record refers to one of them (or to a data source or a module output), the address it names
 * belongs to something Terraform knows. Checkov's CKV2_AWS_23 list.
 */
const MANAGED_TARGETS = [
  'aws_instance', 'aws_eip', 'aws_elb', 'aws_lb', 'aws_alb', 'aws_route53_record', 'aws_s3_bucket', 'aws_api_gateway_domain_name',
  'aws_elastic_beanstalk_environment', 'aws_vpc_endpoint', 'aws_globalaccelerator_accelerator', 'aws_cloudfront_distribution',
  'aws_db_instance', 'aws_apigatewayv2_domain_name',
];
const TARGET = new RegExp(`^(data\\.|module\\.|(${MANAGED_TARGETS.join('|')})\\.)`);

type Verdict = 'managed' | 'unknown' | 'literal';

/** Whether a value refers to a managed target, cannot be told, or is written-in text. */
function verdict(v: Value): Verdict {
  if (v.kind === 'unknown') return !v.source ? 'unknown' : TARGET.test(v.source) ? 'managed' : 'literal';
  if (v.kind === 'list') {
    const all = v.items.map(verdict);
    return all.includes('managed') ? 'managed' : all.includes('unknown') ? 'unknown' : 'literal';
  }
  // a module output, even a known one, is an address managed elsewhere in the configuration
  for (let o = v.origin; o; o = o.via) if (o.role === 'output') return 'managed';
  return 'literal';
}

/**
 * A record of type "A" whose `records` and `alias` refer to no resource of the types above, no data
 * source and no module output: it names an address typed in by hand, which may be released and
 * handed to someone else while the record still points at it (a dangling DNS record).
 */
export default defineRule({
  id: 'aws-route53-a-record-unmanaged-target',
  title: 'Route 53 A record points at an address no resource here manages',
  severity: 'info',
  category: 'security',
  targets: ['aws_route53_record'],
  docs: {
    why: 'An A record that holds a hand-typed IP address or alias keeps pointing there after the server, Elastic IP or load balancer behind it is gone. Cloud IP addresses are recycled: whoever gets the address next receives your subdomain\'s traffic and can serve content or collect cookies under your name (subdomain takeover).',
    fix: 'Point the record at the resource it serves, by reference: records = [aws_eip.<name>.public_ip], or alias { name = aws_lb.<name>.dns_name zone_id = aws_lb.<name>.zone_id }, so the record changes or goes away with the resource. Remove records whose target no longer exists.',
    links: [
      'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-choosing-alias-non-alias.html',
      'https://developer.mozilla.org/en-US/docs/Web/Security/Subdomain_takeovers',
    ],
  },
  equivalents: { checkov: ['CKV2_AWS_23'] },
  check({ resource, report }) {
    const type = resource.attr('type');
    if (!type || type.value.kind !== 'string' || type.value.value !== 'A') return;
    if (resource.hasUnknownBlocks('alias')) return;
    const alias = resource.blocks('alias')[0];
    const values = [resource.attr('records'), alias?.attr('name'), alias?.attr('zone_id')].filter((a) => a !== undefined);
    const verdicts = values.map((a) => verdict(a.value));
    if (verdicts.includes('managed') || verdicts.includes('unknown')) return;
    const name = resource.attr('name')?.value;
    report({
      at: resource.attr('records') ?? alias?.attr('name') ?? resource,
      message: `The A record${name?.kind === 'string' ? ` ${name.value}` : ''} names a hand-typed target, not a resource of this configuration: if that address is released, the record keeps sending traffic to whoever gets it next.`,
    });
  },
});
