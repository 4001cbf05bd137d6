import { defineRule } from '../../rule';

/**
 * Any `aws_launch_configuration`, and Auto Scaling groups that launch from one (`launch_configuration`):
 * AWS has replaced launch configurations with launch templates.
 */
export default defineRule({
  id: 'aws-launch-configuration-deprecated',
  title: 'Launch configuration instead of a launch template',
  severity: 'warning',
  category: 'governance',
  targets: ['aws_launch_configuration', 'aws_autoscaling_group'],
  docs: {
    why: 'AWS no longer adds features or instance types to launch configurations: no instance type released after 31 December 2022 can be used with them, and AWS has stopped allowing new accounts to create them. They also lack what launch templates offer: versions, mixed instance types and Spot in Auto Scaling groups, IMDS and network interface options.',
    fix: 'Replace the aws_launch_configuration with an aws_launch_template (image_id, instance_type, user_data base64-encoded, vpc_security_group_ids, iam_instance_profile { name = ... }) and point the Auto Scaling group\'s launch_template { id, version } at it. The group then rolls instances as they are replaced (or with an instance_refresh block).',
    links: ['https://docs.aws.amazon.com/autoscaling/ec2/userguide/launch-configurations.html', 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/migrate-to-launch-templates.html'],
  },
  check({ resource, report }) {
    if (resource.resourceType === 'aws_autoscaling_group') {
      const lc = resource.attr('launch_configuration');
      if (lc) report({ at: lc, message: 'This group launches from a launch configuration, which AWS has deprecated: give it a launch_template block instead.' });
      return;
    }
    report({ at: resource, message: 'Launch configurations are deprecated: they cannot use instance types released since 2023 and lack launch template features (versions, mixed instances and Spot, IMDS options). Migrate to aws_launch_template.' });
  },
});
