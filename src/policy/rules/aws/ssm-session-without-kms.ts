import { defineRule } from '../../rule';
import { sessionInputs } from './ssm-session-inputs';

/** Session Manager preferences (an `aws_ssm_document` of type "Session") whose inputs set no `kmsKeyId`. */
export default defineRule({
  id: 'aws-ssm-session-without-kms',
  title: 'Session Manager sessions not encrypted with a KMS key',
  severity: 'warning',
  category: 'security',
  targets: ['aws_ssm_document'],
  docs: {
    why: 'Session Manager traffic is protected by TLS, but without kmsKeyId the session data is not additionally encrypted end to end with a key you control: shell input and output (commands typed, secrets echoed) can be read by anything that terminates the TLS channel, and there is no kms:Decrypt permission to limit who may open sessions.',
    fix: 'Set "kmsKeyId" in the document\'s inputs to a customer managed KMS key, and allow kms:Decrypt on it to the instance profiles and to the users who start sessions.',
    links: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/session-preferences-enable-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_112'] },
  check({ resource, report }) {
    const inputs = sessionInputs(resource);
    if (!inputs || inputs['kmsKeyId']) return;
    report({ at: resource.attr('content') ?? resource, message: 'The session preferences set no kmsKeyId: session data is not encrypted with a KMS key of yours.' });
  },
});
