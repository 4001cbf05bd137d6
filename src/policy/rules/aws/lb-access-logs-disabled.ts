import { defineRule } from '../../rule';

/** Load balancers (ELBv2 and classic) that keep no access logs. */
export default defineRule({
  id: 'aws-lb-access-logs-disabled',
  title: 'Load balancer access logs are disabled',
  severity: 'info',
  category: 'security',
  targets: ['aws_lb', 'aws_alb', 'aws_elb'],
  docs: {
    why: 'Access logs are the only record of every request the load balancer received: client IP, path, status, latency and TLS details. Without them there is no way to tell after the fact which requests an attacker sent or which clients a failing target affected.',
    fix: 'Add access_logs { bucket = aws_s3_bucket.lb_logs.id, enabled = true } (for aws_elb, bucket and interval) with a bucket policy that lets Elastic Load Balancing write to it, and a lifecycle rule to expire old logs.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html'],
  },
  equivalents: { checkov: ['CKV_AWS_91'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('access_logs')) return;
    const logs = resource.blocks('access_logs')[0];
    if (!logs) {
      report({ at: resource, message: 'No access_logs block: the load balancer keeps no record of the requests it serves.' });
      return;
    }
    const enabled = logs.attr('enabled');
    // enabled defaults to true when an access_logs block is present
    if (!enabled || enabled.value.kind !== 'bool' || enabled.value.value) return;
    report({ at: enabled, message: 'access_logs.enabled is false: the load balancer keeps no record of the requests it serves.' });
  },
});
