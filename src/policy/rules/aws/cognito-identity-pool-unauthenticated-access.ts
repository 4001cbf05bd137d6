import { defineRule } from '../../rule';
import { boolOf } from '../support/settings';

/** Cognito identity pools with `allow_unauthenticated_identities = true` (guest access). */
export default defineRule({
  id: 'aws-cognito-identity-pool-unauthenticated-access',
  title: 'Cognito identity pool gives AWS credentials to unauthenticated guests',
  severity: 'warning',
  category: 'security',
  targets: ['aws_cognito_identity_pool'],
  docs: {
    why: 'With unauthenticated identities allowed, anyone who knows the pool id (it ships in every web and mobile client) gets temporary AWS credentials for the pool\'s unauthenticated role. Whatever that role allows is public. Checkov\'s CKV_AWS_366 also fails a pool that leaves the argument unset, which AWS treats as false; this rule reports only guest access that is turned on.',
    fix: 'Set allow_unauthenticated_identities = false, or keep guest access and give the unauthenticated role only what a stranger may do (often nothing but a few reads), with basic (classic) flow off.',
    links: ['https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html#authenticated-and-unauthenticated-identities'],
  },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const guests = resource.attr('allow_unauthenticated_identities');
    if (boolOf(guests) !== true) return;
    report({
      at: guests!,
      message: 'allow_unauthenticated_identities is true: anyone with the pool id gets credentials for its unauthenticated role.',
      fixes: [{ title: 'Turn off guest access', edits: fix.set(resource, 'allow_unauthenticated_identities', 'false') }],
    });
  },
});
