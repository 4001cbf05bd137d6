import { defineRule } from '../../rule';
import { boolOf } from './ec2-block-devices';

/**
 * Instances given a public IPv4 address explicitly: `associate_public_ip_address = true` on
 * `aws_instance` and `aws_launch_configuration`, and in launch templates' `network_interfaces`.
 * Left unset, the subnet decides; that case is not reported here.
 */
export default defineRule({
  id: 'aws-ec2-public-ip-associated',
  title: 'EC2 instance gets a public IP address',
  severity: 'warning',
  category: 'security',
  targets: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
  docs: {
    why: 'An instance with a public IP is directly reachable from the internet whenever a security group rule allows it, and one mistaken rule exposes it. Servers are usually safer in private subnets behind a load balancer, reaching the internet through a NAT gateway; public IPv4 addresses also cost $0.005 an hour each.',
    fix: 'Set associate_public_ip_address = false and launch the instance in a private subnet; publish services through a load balancer, and administer instances with Systems Manager Session Manager instead of SSH over a public address. Changing it on an existing instance replaces the instance.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html', 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html'],
  },
  equivalents: { checkov: ['CKV_AWS_88'], trivy: ['AVD-AWS-0009'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const holders = resource.resourceType === 'aws_launch_template' ? resource.blocks('network_interfaces') : [resource];
    for (const holder of holders) {
      const attr = holder.attr('associate_public_ip_address');
      if (!attr || boolOf(attr.value) !== true) continue;
      report({
        at: attr,
        message: `associate_public_ip_address = true gives ${resource.resourceType === 'aws_instance' ? 'this instance' : 'every instance launched from this ' + (resource.resourceType === 'aws_launch_template' ? 'template' : 'configuration')} a public IP address reachable from the internet.`,
        fixes: [{ title: 'Do not associate a public IP address', edits: fix.set(holder, 'associate_public_ip_address', 'false') }],
      });
    }
  },
});
