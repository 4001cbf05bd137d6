import { defineRule } from '../../rule';

// whole words of the name (split at _ and -): "auth" alone is a mode or a method (authentication_mode), not a secret
const SECRET_NAME = /(^|[_-])(password|passwd|secret|token|api_?key|private_?key|access_?key|secret_?key|auth_?token|credentials?)($|[_-])/i;
const NOT_A_SECRET = /(_arn|_id|_ids|_name|_names|_path|_length|_ttl|_rotation|_enabled|_version|_mode|_type|_kind|_suffix|_prefix|_ref|_key_id|_store)$/i;
/** Values that are no secret whatever the name: an enumeration constant, or the name of a secret (a word of it says so). */
const ENUM_VALUE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;
const NAMES_A_SECRET = /^[a-z0-9]+([-/.][a-z0-9]+)*$/;
const SECRET_WORD = /(^|[-/.])(secret|password|token|key|credentials?)s?($|[-/.])/;
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
    const value = def.value.value;
    // "argocd-admin-secret" names a Kubernetes secret; "API_AND_CONFIG_MAP" is a setting
    const plainName = ENUM_VALUE.test(value) || value.startsWith('arn:') || (NAMES_A_SECRET.test(value) && SECRET_WORD.test(value));
    const named = SECRET_NAME.test(resource.name) && !NOT_A_SECRET.test(resource.name) && !plainName;
    const keyId = ACCESS_KEY_ID.test(def.value.value);
    if (!named && !keyId) return;
    report({
      at: def,
      message: keyId
        ? 'The default holds an AWS access key id: it is committed with the code and used wherever the variable is not set.'
        : `var.${resource.name} looks like a secret and has a literal default: the secret is committed with the code and used wherever the variable is not set.`,
      // without a default the variable is required: in a root module nothing but a .tfvars file, -var or TF_VAR_ sets it
      fixes: [
        {
          title: resource.module === '' ? `Remove the default (var.${resource.name} becomes required: every run of this root module must set it, from a .tfvars file, -var or TF_VAR_${resource.name})` : 'Remove the default (every call of this module must then pass the value)',
          edits: fix.remove(resource, 'default'),
        },
      ],
    });
  },
});
