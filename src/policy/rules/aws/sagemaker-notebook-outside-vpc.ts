import { defineRule } from '../../rule';

/** A notebook instance without `subnet_id`: it runs in a VPC that SageMaker owns, not in yours. */
export default defineRule({
  id: 'aws-sagemaker-notebook-outside-vpc',
  title: 'SageMaker notebook instance not launched in your VPC',
  severity: 'warning',
  category: 'security',
  targets: ['aws_sagemaker_notebook_instance'],
  docs: {
    why: 'Without subnet_id, the notebook runs in a SageMaker-managed VPC with internet access: your security groups, network ACLs, VPC endpoints and flow logs do not apply to it, and it cannot reach private data stores without opening them up.',
    fix: 'Set subnet_id to a private subnet and security_groups to groups allowing only the traffic the notebook needs, then set direct_internet_access = "Disabled". Changing the subnet replaces the notebook instance.',
    links: ['https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html'],
  },
  equivalents: { checkov: ['CKV_AWS_306'] },
  check({ resource, report }) {
    if (resource.attr('subnet_id')) return;
    report({ at: resource, message: 'No subnet_id: the notebook runs in a SageMaker-managed network, outside your VPC\'s security groups and flow logs.' });
  },
});
