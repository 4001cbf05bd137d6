import { defineRule } from '../../rule';
import { stringOf } from '../support/settings';

/** DAX clusters whose endpoint is not TLS (`cluster_endpoint_encryption_type` unset or "NONE"). */
export default defineRule({
  id: 'aws-dax-cluster-endpoint-without-tls',
  title: 'DAX cluster endpoint does not use TLS',
  severity: 'warning',
  category: 'security',
  targets: ['aws_dax_cluster'],
  docs: {
    why: 'Without TLS, the DynamoDB items an application reads and writes through DAX cross the VPC in clear text, where anything able to capture traffic in the subnets can read them.',
    fix: 'Set cluster_endpoint_encryption_type = "TLS" and use a DAX client that connects with daxs://. It is chosen when the cluster is created: Terraform replaces the cluster.',
    links: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html'],
  },
  equivalents: { checkov: ['CKV_AWS_239'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const type = resource.attr('cluster_endpoint_encryption_type');
    if (type && (!type.known || stringOf(type) === 'TLS')) return;
    report({
      at: type ?? resource,
      message: type ? `cluster_endpoint_encryption_type is "${stringOf(type) ?? ''}": clients talk to DAX in clear text.` : 'cluster_endpoint_encryption_type is not set (default NONE): clients talk to DAX in clear text.',
      fixes: [{ title: 'Serve the endpoint over TLS (replaces the cluster)', edits: fix.set(resource, 'cluster_endpoint_encryption_type', '"TLS"') }],
    });
  },
});
