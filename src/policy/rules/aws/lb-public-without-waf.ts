import { defineRule } from '../../rule';
import { loadBalancerType } from './load-balancer-of';

const ASSOCIATIONS = ['aws_wafv2_web_acl_association', 'aws_wafregional_web_acl_association'];

/** Internet-facing Application Load Balancers with no WAF web ACL associated in the configuration. */
export default defineRule({
  id: 'aws-lb-public-without-waf',
  title: 'Internet-facing Application Load Balancer has no WAF',
  severity: 'info',
  category: 'security',
  targets: ['aws_lb', 'aws_alb'],
  docs: {
    why: 'An internet-facing ALB without a web ACL passes every request to the application: SQL injection and cross-site scripting probes, known-bad bots and request floods all reach your code. AWS WAF managed rule groups block most of this at the edge for a few dollars a month.',
    fix: 'Create an aws_wafv2_web_acl with scope = "REGIONAL" (start with the AWS managed rule groups AWSManagedRulesCommonRuleSet and AWSManagedRulesKnownBadInputsRuleSet) and attach it with aws_wafv2_web_acl_association { resource_arn = aws_lb.<name>.arn }.',
    links: ['https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html', 'https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-list.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_28'] },
  check({ resource, graph, report }) {
    if (loadBalancerType(resource) !== 'application') return;
    const internal = resource.attr('internal');
    if (internal && (internal.value.kind !== 'bool' || internal.value.value)) return;
    if (ASSOCIATIONS.some((t) => graph.referencing(resource, t, 'resource_arn', 'arn').length > 0)) return;
    report({ at: internal ?? resource, message: 'This internet-facing Application Load Balancer has no WAF web ACL associated in this configuration: every request reaches the targets unfiltered.' });
  },
});
