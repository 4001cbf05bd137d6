import { defineRule } from '../../rule';
import { describeActions, isPublicAllow, resourcePolicyStatements } from '../support/policy-document';

const HOLDERS = [['aws_sns_topic_policy', 'policy'], ['aws_sns_topic', 'policy']] as const;

/** A topic policy statement that allows anyone (`"*"`) with no condition. */
export default defineRule({
  id: 'aws-sns-topic-policy-public',
  title: 'SNS topic policy allows anyone',
  severity: 'error',
  category: 'security',
  targets: ['aws_sns_topic_policy', 'aws_sns_topic', 'data.aws_iam_policy_document'],
  docs: {
    why: 'A topic policy that allows Principal "*" without a condition lets any AWS account publish to the topic (fake alerts, spam to every subscriber, cost) or subscribe its own endpoint and receive every message.',
    fix: 'Name the accounts or roles that publish and subscribe, or for AWS services keep the service principal and add a condition on aws:SourceArn or aws:SourceAccount.',
    links: ['https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html'],
  },
  equivalents: { checkov: ['CKV_AWS_169'] },
  check({ resource, graph, report }) {
    for (const s of resourcePolicyStatements(resource, graph, HOLDERS) ?? []) {
      if (isPublicAllow(s) !== true) continue;
      report({ at: s.principals?.at ?? s.at, message: `Statement ${s.label} allows anyone ("*") ${describeActions(s)} on the topic without a condition.` });
    }
  },
});
