import { defineRule } from '../../rule';
import { describeActions, isPublicAllow, resourcePolicyStatements } from '../support/policy-document';

const HOLDERS = [['aws_secretsmanager_secret_policy', 'policy'], ['aws_secretsmanager_secret', 'policy']] as const;

/**
 * A secret's resource policy (the `aws_secretsmanager_secret_policy` resource, the `policy` argument
 * of `aws_secretsmanager_secret`, or a policy document used as either) with a statement allowing
 * anyone (`"*"`) without a condition.
 */
export default defineRule({
  id: 'aws-secretsmanager-secret-policy-public',
  title: 'Secrets Manager secret policy allows anyone',
  severity: 'error',
  category: 'security',
  targets: ['aws_secretsmanager_secret_policy', 'aws_secretsmanager_secret', 'data.aws_iam_policy_document'],
  docs: {
    why: 'A secret policy statement that allows Principal "*" without a condition lets principals of any AWS account call its actions: with secretsmanager:GetSecretValue, anyone who can reach the API reads the credential. The policy is the only thing standing between the secret and other accounts, since identity policies of other accounts need no permission from yours.',
    fix: 'Name the roles or accounts that read the secret, or keep "*" only with a condition such as aws:PrincipalOrgID or aws:SourceVpce; set block_public_policy = true on aws_secretsmanager_secret_policy so Secrets Manager rejects such a policy.',
    links: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html', 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_policy'],
  },
  check({ resource, graph, report }) {
    for (const s of resourcePolicyStatements(resource, graph, HOLDERS) ?? []) {
      if (isPublicAllow(s) !== true) continue;
      report({ at: s.principals?.at ?? s.at, message: `Statement ${s.label} allows anyone ("*") ${describeActions(s)} on the secret without a condition.` });
    }
  },
});
