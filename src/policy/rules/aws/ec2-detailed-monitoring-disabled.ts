import { defineRule } from '../../rule';
import { boolOf } from './ec2-block-devices';

/**
 * Instances without detailed (1-minute) CloudWatch monitoring: `monitoring` not true on
 * `aws_instance`, no `monitoring { enabled = true }` in a launch template, or
 * `enable_monitoring = false` on a launch configuration (where it defaults to true).
 */
export default defineRule({
  id: 'aws-ec2-detailed-monitoring-disabled',
  title: 'EC2 detailed monitoring disabled',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
  docs: {
    why: 'Basic monitoring sends instance metrics every 5 minutes, so alarms and Auto Scaling policies react to a CPU spike or a failing instance up to 5 minutes late and short spikes disappear in averages. Detailed monitoring sends them every minute, for about $2.10 per instance a month (7 metrics at the CloudWatch custom-metric price).',
    fix: 'Set monitoring = true on aws_instance, monitoring { enabled = true } in a launch template, and leave enable_monitoring at its default (true) on launch configurations.',
    links: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html'],
  },
  equivalents: { checkov: ['CKV_AWS_126'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.resourceType === 'aws_launch_template') {
      if (resource.hasUnknownBlocks('monitoring')) return;
      const enabled = resource.attrAt('monitoring.enabled');
      if (enabled && (!enabled.known || boolOf(enabled.value) === true)) return;
      report({
        at: enabled ?? resource.blocks('monitoring')[0] ?? resource,
        message: 'Instances launched from this template get basic (5-minute) monitoring: set monitoring { enabled = true } for 1-minute metrics.',
        fixes: [{ title: 'Turn on detailed monitoring', edits: fix.ensure(resource, ['monitoring', 'enabled'], 'true') }],
      });
      return;
    }
    const name = resource.resourceType === 'aws_launch_configuration' ? 'enable_monitoring' : 'monitoring';
    const attr = resource.attr(name);
    if (attr && !attr.known) return;
    const on = boolOf(attr?.value) ?? name === 'enable_monitoring';
    if (on) return;
    report({
      at: attr ?? resource,
      message: `${attr ? `${name} = false` : 'monitoring is not set'}: the instance sends CloudWatch metrics every 5 minutes instead of every minute.`,
      fixes: [{ title: 'Turn on detailed monitoring', edits: fix.set(resource, name, 'true') }],
    });
  },
});
