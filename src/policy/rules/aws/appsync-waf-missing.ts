import { defineRule } from '../../rule';

/**
 * A GraphQL API that no `aws_wafv2_web_acl_association` in this configuration points at (by a
 * reference to the API or its ARN written out).
 */
export default defineRule({
  id: 'aws-appsync-waf-missing',
  title: 'AppSync GraphQL API without a WAF web ACL',
  severity: 'info',
  category: 'security',
  targets: ['aws_appsync_graphql_api'],
  docs: {
    why: 'A public GraphQL endpoint accepts arbitrarily deep and wide queries. AWS WAF in front of it rate-limits clients, blocks known bad inputs and can cap request size before the queries reach your resolvers and data sources.',
    fix: 'Create an aws_wafv2_web_acl with scope = "REGIONAL" (AWS managed rule groups plus a rate-based rule) and an aws_wafv2_web_acl_association with resource_arn = aws_appsync_graphql_api.<name>.arn.',
    links: ['https://docs.aws.amazon.com/appsync/latest/devguide/WAF-Integration.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_33'] },
  check({ resource, graph, report }) {
    if (graph.referencing(resource, 'aws_wafv2_web_acl_association', 'resource_arn', 'arn').length > 0) return;
    // an association whose target is known only after apply may be this API's
    const opaque = graph.ofType('aws_wafv2_web_acl_association').some((a) => {
      const v = a.attr('resource_arn')?.value;
      return !v || (v.kind === 'unknown' && !v.source?.startsWith('aws_'));
    });
    if (opaque) return;
    const name = resource.attr('name')?.value;
    report({ at: resource, message: `No WAF web ACL is associated with the GraphQL API${name?.kind === 'string' ? ` "${name.value}"` : ''}: queries reach the resolvers unfiltered.` });
  },
});
