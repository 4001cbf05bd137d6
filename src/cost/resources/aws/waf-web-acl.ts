import { definePricer, unknownComponent, type ComponentSpec, type PriceContext } from '../../pricer';

/** The components of a WAF Classic web ACL (global or regional) whose rules are the blocks of `ruleBlock`. */
export function wafClassicComponents(ctx: PriceContext, ruleBlock: string): ComponentSpec[] {
  const rules = ctx.blocks(ruleBlock);
  let regular = 0;
  let groups = 0;
  let unknownType = false;
  for (const r of rules) {
    const t = r.kind === 'object' ? r.entries.get('type') : undefined;
    if (t?.kind === 'unknown') unknownType = true;
    else if (t?.kind === 'string' && t.value === 'GROUP') groups++;
    else regular++;
  }
  const out: ComponentSpec[] = [
    { name: 'Web ACL', unit: 'months', priceKey: 'waf.web-acl', quantity: 1, per: 'month' },
    { name: `Rules (${regular})`, unit: 'months', priceKey: 'waf.rule', quantity: regular, per: 'month' },
  ];
  if (unknownType) out.push(unknownComponent('Rules of unknown type', 'months', 'a rule type is not known before apply'));
  if (groups > 0) out.push({ name: `Rules inside the ${groups} rule group${groups === 1 ? '' : 's'}`, unit: 'rules', priceKey: 'waf.rule', usage: 'rule_group_rules' });
  out.push({ name: 'Requests', unit: '1M requests', priceKey: 'waf.requests', unitScale: 1e6, rawUsage: true, usage: 'monthly_requests' });
  return out;
}

/** Usage of a WAF Classic web ACL. */
export const WAF_CLASSIC_USAGE = {
  rule_group_rules: { unit: 'rules', description: 'Rules inside the rule groups the web ACL uses.' },
  monthly_requests: { unit: 'requests', description: 'Web requests received per month.' },
};

/** A WAF Classic (global) web ACL. Prices: feed waf, "WebACL per month", "Rules added per WebACL per month", "Web Requests received per Request". */
export default definePricer({
  resource: 'aws_waf_web_acl',
  docs: 'The web ACL and each of its rules per month; the rules inside rule groups and the requests received as usage. Managed rule groups from AWS Marketplace are billed by their sellers and not included.',
  usage: WAF_CLASSIC_USAGE,
  price(ctx) {
    return wafClassicComponents(ctx, 'rules');
  },
});
