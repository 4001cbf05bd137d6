import { defineRule } from '../../rule';

/**
 * A hosted zone that no `aws_route53_query_log` refers to (through `zone_id`). Private zones
 * (with a `vpc` block) are left alone: Route 53 query logging is for public zones, private zones
 * log through Resolver query logging.
 */
export default defineRule({
  id: 'aws-route53-query-logging-missing',
  title: 'Route 53 public hosted zone without query logging',
  severity: 'info',
  category: 'security',
  targets: ['aws_route53_zone'],
  docs: {
    why: 'DNS query logs show which names were resolved, by which resolvers and how often: they reveal subdomain enumeration, a surge that precedes an attack, or names still queried long after they should have been retired. Without them, DNS activity on the zone leaves no record.',
    fix: 'Add an aws_route53_query_log with zone_id = aws_route53_zone.<name>.zone_id and a CloudWatch Logs group in us-east-1 (with a resource policy that lets route53.amazonaws.com write to it). Log ingestion is billed.',
    links: ['https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_39'] },
  check({ resource, graph, report }) {
    if (resource.hasUnknownBlocks('vpc') || resource.blocks('vpc').length > 0) return;
    if (graph.referencing(resource, 'aws_route53_query_log', 'zone_id', 'zone_id').length > 0) return;
    const unsure = graph.ofType('aws_route53_query_log').some((r) => {
      const v = r.attr('zone_id')?.value;
      return v?.kind === 'unknown' && !(v.source && /(^|\.)aws_route53_zone\.[^.]+/.test(v.source));
    });
    if (unsure) return;
    const name = resource.attr('name')?.value;
    report({ at: resource, message: `No aws_route53_query_log for the zone${name?.kind === 'string' ? ` ${name.value}` : ''}: DNS queries for it are not logged.` });
  },
});
