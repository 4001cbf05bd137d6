import { definePricer } from '../../pricer';
import { wafClassicComponents, WAF_CLASSIC_USAGE } from './waf-web-acl';

/** A WAF Classic regional web ACL. Prices: feed waf, "WebACL per month", "Rules added per WebACL per month", "Web Requests received per Request". */
export default definePricer({
  resource: 'aws_wafregional_web_acl',
  docs: 'The web ACL and each of its rules per month; the rules inside rule groups and the requests received as usage. Managed rule groups from AWS Marketplace are billed by their sellers and not included.',
  usage: WAF_CLASSIC_USAGE,
  price(ctx) {
    return wafClassicComponents(ctx, 'rule');
  },
});
