import { defineRule } from '../../rule';

/** Variable names that usually hold a credential. */
const SECRET_NAME = /passw(or)?d|secret|token|api_?key|private_?key|credential/i;
/** Names that hold where a secret is (an ARN, a parameter name), not the secret. */
const REFERENCE_NAME = /(_|^)(arn|name|id|param(eter)?|path|ssm|url|uri|endpoint|file|header|ttl|expir\w*|length|type)$/i;

/**
 * Lambda environment variables named like credentials (`DB_PASSWORD`, `STRIPE_API_KEY`) whose
 * value is written in the configuration (a literal, a variable default or a tfvars file). Values
 * known only after apply (from Secrets Manager, random_password) are not reported.
 */
export default defineRule({
  id: 'aws-lambda-environment-secret',
  title: 'Secret written into a Lambda environment variable',
  severity: 'error',
  category: 'security',
  targets: ['aws_lambda_function'],
  docs: {
    why: 'A credential written in Terraform code ends up in version control, in the plan output, in the state, and in the function configuration, where anyone with lambda:GetFunctionConfiguration can read it. Rotating it means a code change and a redeploy.',
    fix: 'Keep the secret in AWS Secrets Manager or SSM Parameter Store (SecureString), pass its ARN or name in the environment (DB_PASSWORD_SECRET_ARN), and read it at run time, for example with the AWS Parameters and Secrets Lambda Extension.',
    links: [
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_45'] },
  check({ resource, report }) {
    const variables = resource.blocks('environment')[0]?.attr('variables');
    if (!variables || variables.value.kind !== 'object') return;
    for (const [name, v] of variables.value.entries) {
      if (v.kind !== 'string' || v.value.trim() === '' || !SECRET_NAME.test(name) || REFERENCE_NAME.test(name)) continue;
      if (/^arn:/.test(v.value) || /^\{\{resolve:/.test(v.value) || /^\/[\w./-]+$/.test(v.value)) continue;
      report({
        at: variables,
        message: `The environment variable ${name} holds a value written in the configuration: the secret is readable in the code, the state and the function settings. Read it from Secrets Manager or Parameter Store at run time.`,
      });
    }
  },
});
