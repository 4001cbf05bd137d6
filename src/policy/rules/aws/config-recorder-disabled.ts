import { defineRule } from '../../rule';
import { boolOf } from '../support/settings';

/** AWS Config recorder status resources with `is_enabled = false`: the recorder records nothing. */
export default defineRule({
  id: 'aws-config-recorder-disabled',
  title: 'AWS Config recorder is stopped',
  severity: 'warning',
  category: 'security',
  targets: ['aws_config_configuration_recorder_status'],
  docs: {
    why: 'A stopped recorder keeps no configuration history: Config rules stop evaluating, conformance packs go blind and a change made during an incident leaves no record of what the resource looked like before.',
    fix: 'Set is_enabled = true (with depends_on on the delivery channel). Recording is billed per configuration item recorded.',
    links: ['https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html'],
  },
  // a stopped recorder fails both of Checkov's recorder checks
  equivalents: { checkov: ['CKV2_AWS_45', 'CKV2_AWS_48'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const enabled = resource.attr('is_enabled');
    if (boolOf(enabled) !== false) return;
    report({
      at: enabled!,
      message: 'is_enabled is false: AWS Config records no configuration changes in this Region.',
      fixes: [{ title: 'Start the recorder (is_enabled = true)', edits: fix.set(resource, 'is_enabled', 'true') }],
    });
  },
});
