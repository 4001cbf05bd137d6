import type { Value } from '../../../terraform';
import type { ResourceView } from '../../resource-view';
import { defineRule } from '../../rule';

/** Whether `v` names `group`: a reference to it (`aws_iam_group.dev.name`) or its known name. */
function names(v: Value, group: ResourceView, name: string | undefined): boolean | undefined {
  if (v.kind === 'string') return v.value === name;
  if (v.kind === 'unknown') {
    if (v.source === undefined) return undefined;
    if (v.source.startsWith(`${group.address}.`) || v.source.startsWith(`${group.address}[`)) return true;
    // a reference to something else (another group, a variable) may still be this group's name
    return v.source.startsWith('aws_iam_group.') || v.source.startsWith('module.') && v.source.includes('.aws_iam_group.') ? false : undefined;
  }
  return false;
}

/**
 * IAM groups no user is added to in this configuration: no `aws_iam_group_membership` with users
 * and no `aws_iam_user_group_membership` names the group. A membership whose group is known only
 * after apply (a variable, a module output) may be this group's, and keeps the rule silent.
 */
export default defineRule({
  id: 'aws-iam-group-without-users',
  title: 'IAM group has no users',
  severity: 'info',
  category: 'governance',
  targets: ['aws_iam_group'],
  docs: {
    why: 'A group with no members grants nothing today but keeps its policies around: it is dead configuration that access reviews still have to read, and adding a user to it later silently hands over whatever it accumulated.',
    fix: 'Add the users with aws_iam_group_membership or aws_iam_user_group_membership, or remove the group and its policy attachments. Memberships managed outside Terraform (IAM Identity Center, another stack) are a reason to suppress the finding.',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_add-remove-users.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_14'] },
  check({ resource, graph, report }) {
    const nameValue = resource.attr('name')?.value;
    const name = nameValue?.kind === 'string' ? nameValue.value : undefined;
    let undecided = false;
    for (const m of graph.ofType('aws_iam_group_membership')) {
      const group = m.attr('group')?.value;
      const match = group ? names(group, resource, name) : false;
      if (match === undefined) undecided = true;
      if (!match) continue;
      const users = m.attr('users')?.value;
      if (!users || (users.kind === 'list' && users.items.length === 0)) continue;
      return;
    }
    for (const m of graph.ofType('aws_iam_user_group_membership')) {
      const groups = m.attr('groups')?.value;
      if (!groups) continue;
      if (groups.kind !== 'list') {
        undecided = true;
        continue;
      }
      for (const g of groups.items) {
        const match = names(g, resource, name);
        if (match) return;
        if (match === undefined) undecided = true;
      }
    }
    if (undecided) return;
    report({ at: resource, message: `No user is added to the group${name ? ` "${name}"` : ''} in this configuration: its policies grant nothing and wait for whoever is added next.` });
  },
});
