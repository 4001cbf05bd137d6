import type { Value } from '../../../terraform';
import { definePricer, type ComponentSpec } from '../../pricer';

/** Does a rule's statement reference a rule group (own or managed)? */
function groupRule(rule: Value): boolean {
  const entries = rule.kind === 'object' ? rule.entries : undefined;
  let statement = entries?.get('statement');
  if (statement?.kind === 'list') statement = statement.items[0];
  if (statement?.kind !== 'object') return false;
  return ['managed_rule_group_statement', 'rule_group_reference_statement'].some((k) => {
    const v = statement.kind === 'object' ? statement.entries.get(k) : undefined;
    return v !== undefined && v.kind !== 'null' && !(v.kind === 'list' && v.items.length === 0);
  });
}

/** A WAF web ACL: a monthly price, one per rule (a rule group counts as one), and requests inspected. */
export default definePricer({
  resource: 'aws_wafv2_web_acl',
  infracostUsage: {
    rule_group_rules: { unused: 'Kensa counts rules and rule groups from the web ACL\'s configuration.' },
    managed_rule_group_rules: { unused: 'Kensa counts rules and rule groups from the web ACL\'s configuration.' },
  },
  docs: 'One web ACL per month, one rule per month for each rule block (a rule that references a rule group or a managed rule group counts as one rule), and requests as usage (up to 1,500 WCU). The extra fees of Bot Control, Fraud Control and AWS Marketplace rule groups, and requests above 1,500 WCU, are not included.',
  usage: {
    monthly_requests: { unit: 'requests', description: 'Web requests the web ACL inspects per month.' },
  },
  price(ctx) {
    const out: ComponentSpec[] = [{ name: 'Web ACL', unit: 'months', priceKey: 'wafv2.web-acl', quantity: 1, per: 'month' }];
    const rules = ctx.blocks('rule');
    if (ctx.resource.body.unknownBlocks.includes('rule')) {
      out.push({ name: 'Rules', unit: 'rules', unknown: 'the rule blocks come from a dynamic block whose for_each is unknown' });
    } else if (rules.length) {
      const groups = rules.filter(groupRule).length;
      const detail = groups ? `, ${groups} of them rule group${groups === 1 ? '' : 's'}` : '';
      out.push({ name: `Rules (${rules.length}${detail})`, unit: 'rules', priceKey: 'wafv2.rule', quantity: rules.length, per: 'month' });
    }
    out.push({ name: 'Requests', unit: '1M requests', priceKey: 'wafv2.requests', unitScale: 1e6, rawUsage: true, usage: 'monthly_requests' });
    return out;
  },
});
