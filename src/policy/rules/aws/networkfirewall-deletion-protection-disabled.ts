import { defineRule } from '../../rule';

/** A Network Firewall without `delete_protection = true` (off by default). */
export default defineRule({
  id: 'aws-networkfirewall-deletion-protection-disabled',
  title: 'Network Firewall deletion protection is off',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_networkfirewall_firewall'],
  docs: {
    why: 'The firewall sits in the route of every packet it inspects. Deleting it by mistake (a destroy, a rename that forces replacement) either cuts the VPC off, when routes point at endpoints that no longer exist, or lets traffic through uninspected once routes are changed back.',
    fix: 'Set delete_protection = true: the firewall then cannot be deleted until the protection is turned off in a separate change.',
    links: ['https://docs.aws.amazon.com/network-firewall/latest/developerguide/firewall-settings.html'],
  },
  equivalents: { checkov: ['CKV_AWS_344'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const protection = resource.attr('delete_protection');
    if (protection && (!protection.known || (protection.value.kind === 'bool' && protection.value.value))) return;
    report({
      at: protection ?? resource,
      message: `${protection ? 'delete_protection is false' : 'delete_protection is not set (default false)'}: a destroy or replacement deletes the firewall that the VPC's routes send traffic through.`,
      fixes: [{ title: 'Turn on deletion protection', edits: fix.set(resource, 'delete_protection', 'true') }],
    });
  },
});
