import { defineRule } from '../../rule';
import { describeActions, isPublicAllow, resourcePolicyStatements } from '../support/policy-document';

const HOLDERS = [
  ['aws_opensearch_domain_policy', 'access_policies'],
  ['aws_opensearch_domain', 'access_policies'],
  ['aws_elasticsearch_domain_policy', 'access_policies'],
  ['aws_elasticsearch_domain', 'access_policies'],
] as const;

/**
 * An OpenSearch (or Elasticsearch) domain's access policy, inline in `access_policies`, in an
 * `aws_opensearch_domain_policy`/`aws_elasticsearch_domain_policy`, or a policy document used as
 * one, with a statement allowing anyone (`"*"`) without a condition such as a source IP range.
 */
export default defineRule({
  id: 'aws-opensearch-access-policy-public',
  title: 'OpenSearch domain access policy allows anyone',
  severity: 'error',
  category: 'security',
  targets: ['aws_opensearch_domain_policy', 'aws_opensearch_domain', 'aws_elasticsearch_domain_policy', 'aws_elasticsearch_domain', 'data.aws_iam_policy_document'],
  docs: {
    why: 'An access policy statement allowing Principal "*" with no condition accepts unsigned requests from anyone who can reach the endpoint: for a domain with a public endpoint that is the internet, reading and deleting every index. Inside a VPC it still leaves security groups as the only control. Fine-grained access control can still stand behind it, but only when it is enabled with a master user.',
    fix: 'Name the IAM roles that use the domain in Principal, or keep "*" only with a condition (aws:SourceIp for a public endpoint), and put the domain in a VPC.',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html', 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain_policy'],
  },
  check({ resource, graph, report }) {
    for (const s of resourcePolicyStatements(resource, graph, HOLDERS) ?? []) {
      if (isPublicAllow(s) !== true) continue;
      report({ at: s.principals?.at ?? s.at, message: `Statement ${s.label} allows anyone ("*") ${describeActions(s)} on the domain without a condition.` });
    }
  },
});
