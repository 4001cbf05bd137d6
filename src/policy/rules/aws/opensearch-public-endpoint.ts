import { defineRule } from '../../rule';

/** OpenSearch and Elasticsearch domains with no vpc_options: their endpoint is on the internet. */
export default defineRule({
  id: 'aws-opensearch-public-endpoint',
  title: 'OpenSearch domain has a public endpoint',
  severity: 'warning',
  category: 'security',
  targets: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  docs: {
    why: 'A domain without VPC access gets an internet-facing endpoint; only its access policy (and fine-grained access control, if on) stands between the internet and the data. A single "Principal": "*" statement has exposed many clusters this way.',
    fix: 'Create the domain in a VPC with vpc_options { subnet_ids, security_group_ids } (this replaces an existing domain) and reach it from inside the VPC or through a proxy.',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html'],
  },
  equivalents: { checkov: ['CKV_AWS_137'] },
  check({ resource, report }) {
    if (resource.blocks('vpc_options').length > 0 || resource.hasUnknownBlocks('vpc_options')) return;
    report({ at: resource, message: 'No vpc_options block: the domain gets a public endpoint reachable from the internet, guarded only by its access policy.' });
  },
});
