import { defineRule } from '../../rule';

/**
 * Instances and Auto Scaling groups that name no subnet, so AWS launches them in the region's
 * default VPC: `aws_instance` without `subnet_id`, `network_interface` or a launch template, and
 * `aws_autoscaling_group` with `availability_zones` instead of `vpc_zone_identifier`.
 */
export default defineRule({
  id: 'aws-ec2-default-vpc-launch',
  title: 'Instances launched in the default VPC',
  severity: 'info',
  category: 'security',
  targets: ['aws_instance', 'aws_autoscaling_group'],
  docs: {
    why: 'Without a subnet, EC2 uses a default subnet of the default VPC: every default subnet is public and gives instances a public IP address, and the default VPC is shared by everything else launched without thought. Workloads there are exposed to the internet as soon as a security group allows it, and are outside the network design (flow logs, NACLs, endpoints) of your own VPCs.',
    fix: 'Launch into subnets of a VPC you manage: set subnet_id on aws_instance, and vpc_zone_identifier (private subnets in several Availability Zones) on aws_autoscaling_group.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html'],
  },
  check({ resource, report }) {
    if (resource.resourceType === 'aws_autoscaling_group') {
      if (resource.attr('vpc_zone_identifier')) return;
      const zones = resource.attr('availability_zones');
      report({ at: zones ?? resource, message: 'No vpc_zone_identifier: the group launches instances in the default subnets of the default VPC, which give them public IP addresses.' });
      return;
    }
    if (resource.attr('subnet_id') || resource.blocks('network_interface').length > 0 || resource.hasUnknownBlocks('network_interface')) return;
    if (resource.blocks('launch_template').length > 0) return;
    report({ at: resource, message: 'No subnet_id: this instance is launched in a default subnet of the default VPC, which gives it a public IP address.' });
  },
});
