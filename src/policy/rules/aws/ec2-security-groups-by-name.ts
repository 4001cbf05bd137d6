import { defineRule } from '../../rule';

/** `aws_instance` in a VPC subnet that names its security groups with `security_groups`. */
export default defineRule({
  id: 'aws-ec2-security-groups-by-name',
  title: 'Instance in a VPC uses security_groups instead of vpc_security_group_ids',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_instance'],
  docs: {
    why: 'The security_groups argument of aws_instance is meant for EC2-Classic and the default VPC. For an instance in a subnet, any change to it forces Terraform to destroy and re-create the instance, so adding a security group becomes an outage and loses the instance\'s local data.',
    fix: 'Use vpc_security_group_ids with the groups\' ids (aws_security_group.app.id), which can be changed in place. Switching from one argument to the other replaces the instance once, so plan it with care (or use terraform state manipulation) on running instances.',
    links: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance', 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html'],
  },
  check({ resource, report }) {
    const groups = resource.attr('security_groups');
    if (!groups || !resource.attr('subnet_id')) return;
    if (groups.value.kind === 'list' && groups.value.items.length === 0) return;
    report({ at: groups, message: 'security_groups on an instance in a subnet: every change to the list replaces the instance. Use vpc_security_group_ids.' });
  },
});
