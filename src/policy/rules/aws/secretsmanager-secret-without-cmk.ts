import { defineRule } from '../../rule';

/** Secrets without `kms_key_id`: encrypted with the AWS managed `aws/secretsmanager` key. */
export default defineRule({
  id: 'aws-secretsmanager-secret-without-cmk',
  title: 'Secrets Manager secret not encrypted with a customer managed key',
  severity: 'warning',
  category: 'governance',
  targets: ['aws_secretsmanager_secret'],
  docs: {
    why: 'With the AWS managed key aws/secretsmanager, anyone allowed secretsmanager:GetSecretValue in the account can read the secret, and the secret cannot be shared with another account. A customer managed key adds a second, separately audited permission (kms:Decrypt) and makes cross-account access possible.',
    fix: 'Set kms_key_id to a customer managed aws_kms_key whose key policy grants kms:Decrypt only to the roles that read the secret.',
    links: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_149'], trivy: ['AVD-AWS-0098'], tfsec: ['aws-ssm-secret-use-customer-key'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_id');
    if (key && !(key.value.kind === 'string' && (key.value.value === '' || key.value.value === 'alias/aws/secretsmanager'))) return;
    report({ at: key ?? resource, message: 'The secret is encrypted with the AWS managed key aws/secretsmanager: secretsmanager:GetSecretValue alone is enough to read it, and it cannot be shared across accounts.' });
  },
});
