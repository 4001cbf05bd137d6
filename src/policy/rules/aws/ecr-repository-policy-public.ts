import { defineRule } from '../../rule';
import { describeActions, isPublicAllow, resourcePolicyStatements } from '../support/policy-document';

const HOLDERS = [['aws_ecr_repository_policy', 'policy']] as const;

/** A repository policy statement that allows anyone (`"*"`) with no condition. */
export default defineRule({
  id: 'aws-ecr-repository-policy-public',
  title: 'ECR repository policy allows anyone',
  severity: 'error',
  category: 'security',
  targets: ['aws_ecr_repository_policy', 'data.aws_iam_policy_document'],
  docs: {
    why: 'A repository policy allowing Principal "*" without a condition lets every AWS account pull the images, with the code, configuration and sometimes credentials baked into them; if push actions are included, anyone can replace them with malicious images.',
    fix: 'Name the accounts or roles that pull (or push), or keep "*" with a condition on aws:PrincipalOrgID to share within your AWS Organization. Publish public images to ECR Public instead.',
    links: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html'],
  },
  equivalents: { checkov: ['CKV_AWS_32'], trivy: ['AVD-AWS-0032'], tfsec: ['aws-ecr-no-public-access'] },
  check({ resource, graph, report }) {
    for (const s of resourcePolicyStatements(resource, graph, HOLDERS) ?? []) {
      if (isPublicAllow(s) !== true) continue;
      report({ at: s.principals?.at ?? s.at, message: `Statement ${s.label} allows anyone ("*") ${describeActions(s)} on the repository without a condition.` });
    }
  },
});
