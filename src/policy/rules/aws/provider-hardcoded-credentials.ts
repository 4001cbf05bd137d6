import { defineRule } from '../../rule';

/**
 * AWS credentials written into a `provider "aws"` block. They end up in version control, in every
 * clone and CI log, and they outlive the person who wrote them.
 */
export default defineRule({
  id: 'aws-provider-hardcoded-credentials',
  title: 'AWS credentials written in the provider block',
  severity: 'error',
  category: 'security',
  targets: ['provider.aws'],
  docs: {
    why: 'An access key in a provider block is committed with the code: everyone who can read the repository, its forks and its CI logs can act as that identity, and keys in code are rarely rotated. Leaked AWS keys are exploited within minutes of being pushed to a public repository.',
    fix: 'Remove access_key, secret_key and token from the provider block. Let the provider find credentials itself: environment variables, a named profile, an instance or task role, or OIDC in CI. Rotate the leaked key.',
    links: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html'],
  },
  equivalents: { checkov: ['CKV_AWS_41'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    for (const name of ['access_key', 'secret_key', 'token']) {
      const attr = resource.attr(name);
      // a credential from a variable or the environment is not written here; only literals are
      if (!attr || !attr.literalHere || attr.value.kind !== 'string' || attr.value.value === '') continue;
      report({
        at: attr,
        message: `${name} is written in the provider block: anyone who can read this repository can use ${name === 'token' ? 'this session' : 'this key'}. Remove it and rotate the key.`,
        fixes: [{ title: `Remove ${name} (the provider then reads credentials from the environment)`, edits: fix.remove(resource, name) }],
      });
    }
  },
});
