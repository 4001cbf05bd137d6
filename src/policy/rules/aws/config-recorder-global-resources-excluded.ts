import { defineRule } from '../../rule';
import { boolOf } from '../support/settings';

/**
 * Config recorders that record all supported types but not the global ones (IAM users, roles,
 * policies): `include_global_resource_types` unset (default false) or false. Recorders limited to a
 * list of types are reported by aws-config-recorder-not-all-resources.
 */
export default defineRule({
  id: 'aws-config-recorder-global-resources-excluded',
  title: 'AWS Config recorder leaves out global resources (IAM)',
  severity: 'info',
  category: 'security',
  targets: ['aws_config_configuration_recorder'],
  docs: {
    why: 'Global resource types are IAM users, groups, roles and customer managed policies: the changes an attacker makes first. A recorder that leaves them out keeps no history of who was given which permissions. Record them in one Region per account (the one where you review IAM) to avoid paying for duplicates.',
    fix: 'Set recording_group { include_global_resource_types = true } on the recorder of your home Region.',
    links: ['https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html#select-resources-all'],
  },
  equivalents: { checkov: ['CKV2_AWS_48'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('recording_group')) return;
    const group = resource.blocks('recording_group')[0];
    const all = group?.attr('all_supported');
    if (all && boolOf(all) !== true) return;
    const global = group?.attr('include_global_resource_types');
    if (global && boolOf(global) !== false) return;
    report({
      at: global ?? group ?? resource,
      message: global ? 'include_global_resource_types is false: changes to IAM users, roles and policies are not recorded.' : 'include_global_resource_types is not set (default false): changes to IAM users, roles and policies are not recorded.',
      fixes: [{ title: 'Record global resources (IAM) too', edits: fix.ensure(resource, ['recording_group', 'include_global_resource_types'], 'true') }],
    });
  },
});
