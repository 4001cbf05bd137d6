import { defineRule } from '../../rule';

/**
 * VPCs with no `aws_flow_log` attached (by `vpc_id`). Silent when some flow log's `vpc_id` is
 * unknown and does not visibly point at a VPC resource (it might be this one).
 */
export default defineRule({
  id: 'aws-vpc-flow-logs-missing',
  title: 'VPC without flow logs',
  severity: 'warning',
  category: 'security',
  targets: ['aws_vpc'],
  docs: {
    why: 'Flow logs record which addresses talked to which, on which ports, and whether security groups and network ACLs accepted or rejected it. Without them, a compromised instance\'s connections, data exfiltration or port scans leave no trace, and connectivity problems are hard to debug.',
    fix: 'Add an aws_flow_log with vpc_id = aws_vpc.<name>.id, traffic_type = "ALL" and a destination: an S3 bucket (cheapest) or a CloudWatch Logs group with an IAM role.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_11'], trivy: ['AVD-AWS-0178'], tfsec: ['aws-ec2-require-vpc-flow-logs-for-all-vpcs'] },
  check({ resource, graph, report }) {
    if (graph.referencing(resource, 'aws_flow_log', 'vpc_id').length > 0) return;
    const unsure = graph.ofType('aws_flow_log').some((f) => {
      const v = f.attr('vpc_id')?.value;
      return v?.kind === 'unknown' && !(v.source && /(^|\.)aws_vpc\.[^.]+/.test(v.source));
    });
    if (unsure) return;
    report({ at: resource, message: 'No aws_flow_log records traffic in this VPC: connections to and from its network interfaces leave no trace.' });
  },
});
