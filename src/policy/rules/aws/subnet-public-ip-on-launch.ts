import { defineRule } from '../../rule';

/** Subnets with `map_public_ip_on_launch = true`. Turning it off changes how instances reach the internet, so the fix is unsafe. */
export default defineRule({
  id: 'aws-subnet-public-ip-on-launch',
  title: 'Subnet assigns public IP addresses on launch',
  severity: 'warning',
  category: 'security',
  targets: ['aws_subnet'],
  docs: {
    why: 'Every instance, container task and network interface launched in the subnet gets a public IPv4 address, reachable from the internet whenever a security group allows it, whether or not it was meant to be public. Public IPv4 addresses also cost $0.005 per hour each since February 2024.',
    fix: 'Set map_public_ip_on_launch = false and give public addresses explicitly to what needs them (load balancers, NAT gateways, an aws_eip), keeping workloads in private subnets behind a NAT gateway.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html'],
  },
  equivalents: { checkov: ['CKV_AWS_130'], trivy: ['AVD-AWS-0164'], tfsec: ['aws-ec2-no-public-ip-subnet'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const attr = resource.attr('map_public_ip_on_launch');
    if (!attr || attr.value.kind !== 'bool' || !attr.value.value) return;
    report({
      at: attr,
      message: 'map_public_ip_on_launch is true: everything launched in this subnet gets a public IP address.',
      fixes: [{ title: 'Set map_public_ip_on_launch = false', edits: fix.set(resource, 'map_public_ip_on_launch', 'false') }],
    });
  },
});
