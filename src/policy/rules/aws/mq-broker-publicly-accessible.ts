import { defineRule } from '../../rule';

/** Amazon MQ brokers with `publicly_accessible = true`: their endpoints resolve to public IP addresses. */
export default defineRule({
  id: 'aws-mq-broker-publicly-accessible',
  title: 'Amazon MQ broker is publicly accessible',
  severity: 'error',
  category: 'security',
  targets: ['aws_mq_broker'],
  docs: {
    why: 'A publicly accessible broker has internet-reachable endpoints for its wire protocols and its web console. A public broker also cannot use VPC security groups, so only broker user names and passwords stand between the internet and the messages.',
    fix: 'Set publicly_accessible = false and give the broker private subnet_ids and security_groups; reach it from outside through a VPN, peering or PrivateLink. The setting cannot change on an existing broker: Terraform replaces it, losing its messages.',
    links: ['https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/amazon-mq-basic-elements.html', 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html'],
  },
  equivalents: { checkov: ['CKV_AWS_69'], trivy: ['AVD-AWS-0072'], tfsec: ['aws-mq-no-public-access'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const open = resource.attr('publicly_accessible');
    if (!open || open.value.kind !== 'bool' || !open.value.value) return;
    report({
      at: open,
      message: 'publicly_accessible is true: the broker\'s endpoints and web console are reachable from the internet, protected by passwords only.',
      fixes: [{ title: 'Make the broker private (replaces it; needs private subnets and security groups)', edits: fix.set(resource, 'publicly_accessible', 'false') }],
    });
  },
});
