import { defineRule } from '../../rule';

/**
 * A function with an `environment` block and no `kms_key_arn` (or an empty one): its environment
 * variables are encrypted with the AWS managed key `aws/lambda`.
 */
export default defineRule({
  id: 'aws-lambda-environment-without-cmk',
  title: 'Lambda environment variables not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_lambda_function'],
  docs: {
    why: 'Lambda encrypts environment variables at rest with the AWS managed key aws/lambda, which anyone allowed lambda:GetFunctionConfiguration can have decrypted for them. A customer managed key adds a separate kms:Decrypt permission, an audit trail of its use in CloudTrail, and the power to revoke access by disabling the key.',
    fix: 'Set kms_key_arn to a customer managed aws_kms_key whose policy lets the function\'s role (and only the people who must read the values) use kms:Decrypt. Better still, keep secrets in Secrets Manager or Parameter Store and read them at start-up.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html'],
  },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('environment')) return;
    const environment = resource.blocks('environment')[0];
    if (!environment) return;
    const key = resource.attr('kms_key_arn');
    if (key && !(key.value.kind === 'string' && key.value.value === '')) return;
    report({ at: key ?? environment, message: 'The environment variables are encrypted with the AWS managed key aws/lambda: set kms_key_arn to a customer managed key to control and audit who can decrypt them.' });
  },
});
