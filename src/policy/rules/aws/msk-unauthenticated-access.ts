import { defineRule } from '../../rule';

/**
 * MSK clusters that accept clients without authentication: client_authentication.unauthenticated =
 * true, or no client_authentication block at all. The fix (unauthenticated = false) is offered only
 * when another method (SASL or TLS) is configured, so clients still have a way in.
 */
export default defineRule({
  id: 'aws-msk-unauthenticated-access',
  title: 'MSK cluster allows unauthenticated clients',
  severity: 'warning',
  category: 'security',
  targets: ['aws_msk_cluster'],
  docs: {
    why: 'Unauthenticated clients cannot be told apart, so Kafka ACLs cannot restrict them: anything that reaches the brokers can read every topic, write to it, or delete it.',
    fix: 'Configure client_authentication with sasl { iam = true } (or scram, or tls with a private CA), move clients to it, then set unauthenticated = false.',
    links: ['https://docs.aws.amazon.com/msk/latest/developerguide/kafka_apis_iam.html', 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-authentication.html'],
  },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('client_authentication')) return;
    const auth = resource.blocks('client_authentication')[0];
    if (!auth) {
      report({ at: resource, message: 'No client_authentication block: the cluster only accepts unauthenticated clients, and ACLs cannot tell them apart.' });
      return;
    }
    const unauth = auth.attr('unauthenticated');
    if (!unauth || unauth.value.kind !== 'bool' || !unauth.value.value) return;
    const other = auth.blocks('sasl').length > 0 || auth.blocks('tls').length > 0;
    report({
      at: unauth,
      message: `unauthenticated is true: clients can connect without credentials${other ? ' alongside the configured authentication' : ''}.`,
      fixes: other ? [{ title: 'Require authentication (unauthenticated = false)', edits: fix.set(auth, 'unauthenticated', 'false') }] : [],
    });
  },
});
