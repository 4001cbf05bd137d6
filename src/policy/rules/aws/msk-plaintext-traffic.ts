import { defineRule } from '../../rule';

/**
 * MSK clusters that let clients or brokers exchange data in clear text: client_broker PLAINTEXT or
 * TLS_PLAINTEXT (the default is TLS), or in_cluster = false. Only client_broker can be fixed in place.
 */
export default defineRule({
  id: 'aws-msk-plaintext-traffic',
  title: 'MSK cluster allows plaintext traffic',
  severity: 'warning',
  category: 'security',
  targets: ['aws_msk_cluster'],
  docs: {
    why: 'With plaintext listeners, messages, and the SASL/SCRAM credentials of clients that use them, cross the network unencrypted: anyone able to capture traffic in the VPC can read or alter the event stream.',
    fix: 'Set encryption_info { encryption_in_transit { client_broker = "TLS" } } after moving clients to the TLS bootstrap brokers (port 9094, or 9096 for SASL/SCRAM), and keep in_cluster = true.',
    links: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_81'], trivy: ['AVD-AWS-0073'], tfsec: ['aws-msk-enable-in-transit-encryption'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const clientBroker = resource.attrAt('encryption_info.encryption_in_transit.client_broker');
    if (clientBroker?.value.kind === 'string' && (clientBroker.value.value === 'PLAINTEXT' || clientBroker.value.value === 'TLS_PLAINTEXT')) {
      report({
        at: clientBroker,
        message: `client_broker is "${clientBroker.value.value}": clients can produce and consume over unencrypted connections.`,
        fixes: [{ title: 'Accept TLS connections only (clients must use the TLS brokers)', edits: fix.ensure(resource, ['encryption_info', 'encryption_in_transit', 'client_broker'], '"TLS"') }],
      });
    }
    const inCluster = resource.attrAt('encryption_info.encryption_in_transit.in_cluster');
    if (inCluster?.value.kind === 'bool' && !inCluster.value.value) {
      report({ at: inCluster, message: 'in_cluster is false: brokers replicate data to each other in clear text (changing it replaces the cluster).' });
    }
  },
});
