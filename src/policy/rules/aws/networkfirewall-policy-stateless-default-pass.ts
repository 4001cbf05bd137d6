import { defineRule } from '../../rule';

/**
 * A firewall policy whose `stateless_default_actions` or `stateless_fragment_default_actions`
 * include "aws:pass": packets no stateless rule matches skip inspection altogether.
 */
export default defineRule({
  id: 'aws-networkfirewall-policy-stateless-default-pass',
  title: 'Network Firewall policy passes unmatched packets uninspected',
  severity: 'warning',
  category: 'security',
  targets: ['aws_networkfirewall_firewall_policy'],
  docs: {
    why: 'The stateless default action decides what happens to every packet (or fragment) no stateless rule matched. With "aws:pass", those packets go through without reaching the stateful engine: domain allow-lists, Suricata signatures and alert logging never see them, so the firewall lets through what it was deployed to inspect.',
    fix: 'Use ["aws:forward_to_sfe"] for both stateless_default_actions and stateless_fragment_default_actions so unmatched traffic goes to the stateful rule groups (or "aws:drop" to block it), and make sure the stateful rules allow the traffic you need before switching.',
    links: ['https://docs.aws.amazon.com/network-firewall/latest/developerguide/stateless-default-actions.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html'],
  },
  // unsafe: traffic that passed until now is inspected, and dropped if no stateful rule allows it
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('firewall_policy')) return;
    const policy = resource.blocks('firewall_policy')[0];
    if (!policy) return;
    for (const name of ['stateless_default_actions', 'stateless_fragment_default_actions']) {
      const actions = policy.attr(name);
      if (!actions || actions.value.kind !== 'list') continue;
      const items = actions.value.items;
      if (!items.some((a) => a.kind === 'string' && a.value === 'aws:pass')) continue;
      const replaced = items.map((a) => (a.kind === 'string' ? JSON.stringify(a.value === 'aws:pass' ? 'aws:forward_to_sfe' : a.value) : undefined));
      const fixable = replaced.every((t) => t !== undefined) && new Set(replaced).size === replaced.length;
      report({
        at: actions,
        message: `${name} includes "aws:pass": ${name.includes('fragment') ? 'fragmented packets' : 'packets'} no stateless rule matches bypass the stateful rules and their logging.`,
        fixes: fixable ? [{ title: 'Forward unmatched traffic to the stateful engine (it must allow what should pass)', edits: fix.set(policy, name, `[${replaced.join(', ')}]`) }] : [],
      });
    }
  },
});
