import { defineRule, type Report } from '../../rule';
import type { BlockView } from '../../resource-view';

/** The blocks an `action` or `override_action` may hold in WAFv2: one of them makes it a real action. */
const ACTION_KINDS = ['allow', 'block', 'count', 'captcha', 'challenge', 'none'];

/** An action block that says what to do: a classic `type`, or one of the WAFv2 kinds. */
function hasAction(rule: BlockView, name: string): boolean {
  return rule.blocks(name).some((a) => a.attrs().length > 0 || ACTION_KINDS.some((k) => a.blocks(k).length > 0 || a.hasUnknownBlocks(k)) || a.dynamic !== undefined);
}

/**
 * A rule of a web ACL or rule group (`rule`, `rules` or `activated_rule` blocks) with neither an
 * `action` nor an `override_action` that names what to do, and no managed rule group statement.
 */
export default defineRule({
  id: 'aws-waf-rule-without-action',
  title: 'WAF rule without an action',
  severity: 'warning',
  category: 'security',
  targets: ['aws_waf_web_acl', 'aws_wafregional_web_acl', 'aws_wafv2_web_acl', 'aws_wafv2_rule_group', 'aws_wafregional_rule_group', 'aws_waf_rule_group'],
  docs: {
    why: 'A WAF rule that matches but has no action does nothing with the requests it matches: the protection it was written for is silently missing, and an empty action block is easy to miss in review.',
    fix: 'Give each rule an action: action { block {} } (or allow, count, captcha, challenge) in WAFv2, action { type = "BLOCK" } in WAF Classic, or override_action { none {} } for a rule that references a rule group.',
    links: ['https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-action.html'],
  },
  equivalents: { checkov: ['CKV_AWS_342'] },
  check({ resource, report }) {
    for (const kind of ['rule', 'rules', 'activated_rule']) {
      if (resource.hasUnknownBlocks(kind)) return;
      const rules = resource.blocks(kind);
      if (rules.length === 0) continue;
      for (const rule of rules) {
        if (hasAction(rule, 'action') || hasAction(rule, 'override_action')) continue;
        if (rule.blocks('statement').some((s) => s.blocks('managed_rule_group_statement').length > 0)) continue;
        const name = rule.attr('name')?.value;
        const finding: Report = { at: rule, message: `The rule${name?.kind === 'string' ? ` "${name.value}"` : ''} has no action: requests it matches are neither blocked, counted nor allowed by it.` };
        report(finding);
      }
      // Checkov reads the first kind present; the three never mix in one resource type
      return;
    }
  },
});
