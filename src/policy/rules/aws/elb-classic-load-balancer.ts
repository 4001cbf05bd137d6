import { defineRule } from '../../rule';

/** Any Classic Load Balancer (aws_elb). */
export default defineRule({
  id: 'aws-elb-classic-load-balancer',
  title: 'Classic Load Balancer in use',
  severity: 'info',
  category: 'governance',
  targets: ['aws_elb'],
  docs: {
    why: 'The Classic Load Balancer is previous-generation: it lacks host and path routing, HTTP/2 and gRPC, TLS 1.3 policies, WAF integration, IP targets and containers on dynamic ports, and AWS has been retiring it (EC2-Classic networking is gone). Application and Network Load Balancers are usually cheaper for the same traffic thanks to per-LCU pricing.',
    fix: 'Migrate to an Application Load Balancer (HTTP/HTTPS) or a Network Load Balancer (TCP/TLS/UDP): aws_lb with aws_lb_target_group and aws_lb_listener. The ELB console\'s migration wizard can create the equivalent configuration to copy.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/migrate-classic-load-balancer.html'],
  },
  check({ resource, report }) {
    report({ at: resource, message: 'This is a Classic Load Balancer: migrate to an Application or Network Load Balancer for current TLS policies, WAF and per-LCU pricing.' });
  },
});
