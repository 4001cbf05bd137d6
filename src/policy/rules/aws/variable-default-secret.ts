import { defineRule } from '../../rule';

const SECRET_NAME = /(password|passwd|secret|token|api_?key|private_?key|access_?key|auth)/i;
const NOT_A_SECRET = /(_arn|_id|_name|_path|_length|_ttl|_rotation|_enabled|_version)$/i;
const ACCESS_KEY_ID = /\b(AKIA|ASIA)[A-Z0-9]{16}\b/;

/**
 * A variable whose name says it holds a secret, with a literal default: the secret is in the code
 * for every environment that does not override it.
 */
export default defineRule({
  id: 'aws-variable-default-secret',
  title: 'Secret as a variable default',
  severity: 'error',
  category: 'security',
  targets: ['variable'],
  docs: {
    why: 'A default value is committed with the module, used by every caller that forgets to set the variable, and shown in plans unless the variable is sensitive. A password or key as a default is a password or key in version control.',
    fix: 'Remove the default so callers must pass the value, and pass it from a secret store (AWS Secrets Manager or SSM Parameter Store, a CI secret, or TF_VAR_ environment variables). Mark the variable sensitive = true.',
    links: ['https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html'],
  },
  equivalents: { checkov: ['CKV_SECRET_6'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const def = resource.attr('default');
    if (!def || !def.literalHere || def.value.kind !== 'string' || def.value.value === '') return;
    const named = SECRET_NAME.test(resource.name) && !NOT_A_SECRET.test(resource.name);
    const keyId = ACCESS_KEY_ID.test(def.value.value);
    if (!named && !keyId) return;
    report({
      at: def,
      message: keyId
        ? 'The default holds an AWS access key id: it is committed with the code and used wherever the variable is not set.'
        : `var.${resource.name} looks like a secret and has a literal default: the secret is committed with the code and used wherever the variable is not set.`,
      fixes: [{ title: 'Remove the default (callers must pass the value)', edits: fix.remove(resource, 'default') }],
    });
  },
});
