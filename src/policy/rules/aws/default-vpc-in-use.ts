import { defineRule } from '../../rule';

/**
 * `aws_default_vpc` and `aws_default_subnet`: the configuration adopts the default network.
 * Silent with `force_destroy = true`, which declares the intent to delete it on destroy.
 */
export default defineRule({
  id: 'aws-default-vpc-in-use',
  title: 'Default VPC managed and used',
  severity: 'warning',
  category: 'governance',
  targets: ['aws_default_vpc', 'aws_default_subnet'],
  docs: {
    why: 'The default VPC exists in every region with public subnets that give every instance a public IP address, and it is the same shape in every account. Workloads placed there skip the network design (private subnets, flow logs, controlled egress) that purpose-built VPCs get, and anyone who launches without choosing a network lands next to them.',
    fix: 'Create a dedicated aws_vpc with private and public subnets for the workload. If the goal is to neutralize the default VPC, delete it in each region (or set force_destroy = true on aws_default_vpc and destroy it) rather than keep using it.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html'],
  },
  equivalents: { checkov: ['CKV_AWS_148'], trivy: ['AVD-AWS-0101'], tfsec: ['aws-ec2-no-default-vpc'] },
  check({ resource, report }) {
    const destroy = resource.attr('force_destroy')?.value;
    if (destroy?.kind === 'bool' && destroy.value) return;
    const what = resource.resourceType === 'aws_default_vpc' ? 'the default VPC' : 'a subnet of the default VPC';
    report({ at: resource, message: `This configuration adopts ${what}, whose subnets are public by default: use a dedicated VPC for workloads.` });
  },
});
