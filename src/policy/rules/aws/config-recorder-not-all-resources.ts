import { defineRule } from '../../rule';
import { boolOf } from '../support/settings';

/** Config recorders whose `recording_group` sets `all_supported = false`: only listed resource types are recorded. */
export default defineRule({
  id: 'aws-config-recorder-not-all-resources',
  title: 'AWS Config recorder does not record all supported resource types',
  severity: 'info',
  category: 'security',
  targets: ['aws_config_configuration_recorder'],
  docs: {
    why: 'A recorder limited to a list of resource types records nothing about the types left out, including every type AWS adds later: Config rules and investigations cannot see them. CIS and the AWS Foundational Security Best Practices ask for all supported types.',
    fix: 'Set recording_group { all_supported = true } (the default) and drop resource_types, or exclude only the few noisy types with recording_strategy { use_only = "ALL_SUPPORTED_RESOURCE_TYPES" }. Recording more types costs more configuration items.',
    links: ['https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_45'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('recording_group')) return;
    const all = resource.blocks('recording_group')[0]?.attr('all_supported');
    if (boolOf(all) !== false) return;
    report({ at: all!, message: 'recording_group.all_supported is false: resource types not listed (and every type AWS adds later) are not recorded.' });
  },
});
