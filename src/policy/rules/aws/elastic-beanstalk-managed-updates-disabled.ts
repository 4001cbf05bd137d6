import { defineRule } from '../../rule';
import { beanstalkSetting } from './elastic-beanstalk-settings';

/** An Elastic Beanstalk environment without `ManagedActionsEnabled = true` in aws:elasticbeanstalk:managedactions. */
export default defineRule({
  id: 'aws-elastic-beanstalk-managed-updates-disabled',
  title: 'Elastic Beanstalk environment without managed platform updates',
  severity: 'info',
  category: 'security',
  targets: ['aws_elastic_beanstalk_environment'],
  docs: {
    why: 'Without managed platform updates, the environment keeps the platform version (operating system, language runtime, web server) it was created with until someone updates it by hand: security patches AWS publishes are not applied, and old platform versions eventually lose support.',
    fix: 'Add setting blocks in namespace "aws:elasticbeanstalk:managedactions": ManagedActionsEnabled = "true" and PreferredStartTime (a weekly window such as "Sun:03:00"), and UpdateLevel = "minor" or "patch" in "aws:elasticbeanstalk:managedactions:platformupdate". Managed updates need enhanced health reporting.',
    links: ['https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-platform-update-managed.html'],
  },
  equivalents: { checkov: ['CKV_AWS_340'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('setting')) return;
    const value = beanstalkSetting(resource, 'aws:elasticbeanstalk:managedactions', 'ManagedActionsEnabled')?.attr('value');
    if (value && (!value.known || ((value.value.kind === 'string' && value.value.value.toLowerCase() === 'true') || (value.value.kind === 'bool' && value.value.value)))) return;
    report({ at: value ?? resource, message: `${value ? 'ManagedActionsEnabled is false' : 'No ManagedActionsEnabled = "true" setting'}: platform patches are not applied unless someone updates the environment by hand.` });
  },
});
