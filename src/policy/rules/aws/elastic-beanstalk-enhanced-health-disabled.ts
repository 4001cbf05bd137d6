import { defineRule } from '../../rule';
import { beanstalkSetting } from './elastic-beanstalk-settings';

const NAMESPACE = 'aws:elasticbeanstalk:healthreporting:system';

/** An Elastic Beanstalk environment without the `SystemType = "enhanced"` health reporting setting. */
export default defineRule({
  id: 'aws-elastic-beanstalk-enhanced-health-disabled',
  title: 'Elastic Beanstalk environment without enhanced health reporting',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_elastic_beanstalk_environment'],
  docs: {
    why: 'Basic health reporting only looks at the load balancer\'s health checks and the Auto Scaling group: requests failing with 5xx, high latency, a full disk or a crashed application process on an instance go unnoticed, and rolling deployments cannot stop on a degraded batch.',
    fix: 'Add setting { namespace = "aws:elasticbeanstalk:healthreporting:system" name = "SystemType" value = "enhanced" } and give the environment a service role (aws-elasticbeanstalk-service-role) and an instance profile with the AWSElasticBeanstalkWebTier permissions, which enhanced reporting needs.',
    links: ['https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/health-enhanced.html'],
  },
  equivalents: { checkov: ['CKV_AWS_312'] },
  // unsafe: enhanced reporting needs a service role and instance profile permissions
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('setting')) return;
    const setting = beanstalkSetting(resource, NAMESPACE, 'SystemType');
    const value = setting?.attr('value');
    if (value && (!value.known || (value.value.kind === 'string' && value.value.value === 'enhanced'))) return;
    if (setting && !value) return;
    report({
      at: value ?? resource,
      message: `${value ? 'SystemType is "basic"' : 'No SystemType = "enhanced" setting'}: only load balancer health checks decide the environment's health, so failing requests and sick instances go unseen.`,
      fixes: setting && value ? [{ title: 'Use enhanced health reporting (needs the service role)', edits: fix.set(setting, 'value', '"enhanced"') }] : [],
    });
  },
});
