import { defineRule } from '../../rule';
import type { BlockView } from '../../resource-view';

const KNOWN_BAD_INPUTS = 'AWSManagedRulesKnownBadInputsRuleSet';

/** Whether a rule group statement turns its Log4JRCE rule into a count (legacy `excluded_rule`, or `rule_action_override`). */
function log4jCounted(group: BlockView): boolean {
  const named = (b: BlockView): boolean => {
    const n = b.attr('name')?.value;
    return n?.kind === 'string' && n.value === 'Log4JRCE';
  };
  if (group.blocks('excluded_rule').some(named)) return true;
  return group.blocks('rule_action_override').some((o) => named(o) && o.blocks('action_to_use').some((a) => a.blocks('count').length > 0));
}

/**
 * A WAFv2 web ACL with no rule that runs AWSManagedRulesKnownBadInputsRuleSet with
 * `override_action { none {} }` and its Log4JRCE rule left blocking.
 */
export default defineRule({
  id: 'aws-wafv2-web-acl-log4j-unprotected',
  title: 'WAFv2 web ACL does not block Log4Shell (CVE-2021-44228) requests',
  severity: 'warning',
  category: 'security',
  targets: ['aws_wafv2_web_acl'],
  docs: {
    why: 'Log4Shell lets a single request with a ${jndi:...} string make a vulnerable Java application load and run remote code, and scanners still send it to every public endpoint. The AWS managed Known Bad Inputs rule group blocks these requests (its Log4JRCE rule), as long as it is not overridden to count only.',
    fix: 'Add a rule with statement { managed_rule_group_statement { name = "AWSManagedRulesKnownBadInputsRuleSet" vendor_name = "AWS" } } and override_action { none {} }, and do not exclude or count its Log4JRCE rule.',
    links: ['https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-baseline.html#aws-managed-rule-groups-baseline-known-bad-inputs'],
  },
  equivalents: { checkov: ['CKV_AWS_192'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('rule')) return;
    for (const rule of resource.blocks('rule')) {
      if (rule.hasUnknownBlocks('statement')) return;
      const group = rule.blocks('statement')[0]?.blocks('managed_rule_group_statement')[0];
      const name = group?.attr('name');
      if (name && !name.known) return;
      if (!group || name?.value.kind !== 'string' || name.value.value !== KNOWN_BAD_INPUTS) continue;
      if (!log4jCounted(group) && rule.blocks('override_action').some((o) => o.blocks('none').length > 0)) return;
    }
    report({ at: resource, message: `No rule runs ${KNOWN_BAD_INPUTS} in blocking mode: Log4Shell (CVE-2021-44228) requests pass the web ACL.` });
  },
});
