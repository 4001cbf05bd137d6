import { defineRule } from '../../rule';

/** Instances launched without an IAM instance profile (no role). */
export default defineRule({
  id: 'aws-ec2-instance-profile-missing',
  title: 'EC2 instance without an IAM role',
  severity: 'info',
  category: 'security',
  targets: ['aws_instance'],
  docs: {
    why: 'An instance without a role has no temporary credentials, so software on it that calls AWS ends up with long-lived access keys in files or user data, which leak and are rarely rotated. Without a role the SSM agent cannot register either, which rules out Session Manager, Patch Manager and Run Command for the instance.',
    fix: 'Create an aws_iam_role trusted by ec2.amazonaws.com with only the permissions the workload needs (at least AmazonSSMManagedInstanceCore for Systems Manager), wrap it in an aws_iam_instance_profile and set iam_instance_profile on the instance. Adding a profile does not replace the instance.',
    links: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html', 'https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-instance-permissions.html'],
  },
  check({ resource, report }) {
    if (resource.attr('iam_instance_profile')) return;
    // an instance launched from a launch template may get its profile from the template
    if (resource.blocks('launch_template').length > 0) return;
    report({ at: resource, message: 'No iam_instance_profile: software on this instance has no temporary AWS credentials and Systems Manager cannot manage it.' });
  },
});
