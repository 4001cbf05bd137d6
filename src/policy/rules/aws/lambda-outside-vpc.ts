import { defineRule } from '../../rule';

/** A function with no `vpc_config` block: it runs in the Lambda service network, not in one of your VPCs. */
export default defineRule({
  id: 'aws-lambda-outside-vpc',
  title: 'Lambda function not attached to a VPC',
  severity: 'info',
  category: 'security',
  targets: ['aws_lambda_function'],
  docs: {
    why: 'A function outside a VPC reaches the internet directly and cannot be limited by security groups, network ACLs or VPC endpoint policies, so outbound traffic from a compromised dependency is not contained or logged in VPC flow logs. Functions that must reach private databases or caches need a VPC anyway. Functions that only call public AWS APIs may stay outside by choice.',
    fix: 'Add vpc_config { subnet_ids = [private subnets] security_group_ids = [a group with only the egress it needs] } and give the role AWSLambdaVPCAccessExecutionRole. Internet access then goes through a NAT gateway, and AWS APIs through VPC endpoints.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html'],
  },
  equivalents: { checkov: ['CKV_AWS_117'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('vpc_config') || resource.blocks('vpc_config').length > 0) return;
    report({ at: resource, message: 'No vpc_config: the function runs outside your VPCs, so security groups, network ACLs and flow logs do not apply to its traffic.' });
  },
});
