import { defineRule } from '../../rule';

/** A web ACL (WAF Classic, WAF Classic Regional or WAFv2) with no `rule`/`rules` block. */
export default defineRule({
  id: 'aws-waf-web-acl-without-rules',
  title: 'WAF web ACL without rules',
  severity: 'warning',
  category: 'security',
  targets: ['aws_waf_web_acl', 'aws_wafregional_web_acl', 'aws_wafv2_web_acl'],
  docs: {
    why: 'A web ACL without rules only applies its default action to every request: with "allow" it inspects nothing while looking like protection is in place, and with "block" it blocks everything. Either way it does not do the filtering it is there for.',
    fix: 'Add rules: for WAFv2, managed rule groups such as AWSManagedRulesCommonRuleSet and AWSManagedRulesKnownBadInputsRuleSet with override_action { none {} }, plus rate-based rules for login and API paths.',
    links: ['https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-rules.html'],
  },
  equivalents: { checkov: ['CKV_AWS_175'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('rule') || resource.hasUnknownBlocks('rules')) return;
    if (resource.blocks('rule').length > 0 || resource.blocks('rules').length > 0) return;
    report({ at: resource, message: 'The web ACL has no rules: it applies its default action to every request and inspects nothing.' });
  },
});
