import { defineRule } from '../../rule';

/** A notebook instance with `direct_internet_access` other than "Disabled" (the default is "Enabled"). */
export default defineRule({
  id: 'aws-sagemaker-notebook-direct-internet-access',
  title: 'SageMaker notebook instance with direct internet access',
  severity: 'warning',
  category: 'security',
  targets: ['aws_sagemaker_notebook_instance'],
  docs: {
    why: 'With direct internet access, SageMaker gives the notebook a network interface of its own with a route to the internet, outside your VPC\'s security groups, network ACLs and flow logs. Anyone working in the notebook, or code a notebook pulls in, can send the data it reads (training sets, credentials of its role) anywhere.',
    fix: 'Set direct_internet_access = "Disabled" and give the notebook a subnet_id and security_groups in a private subnet; reach package repositories through a NAT gateway or a proxy, and AWS APIs through VPC endpoints. Changing this replaces the notebook instance (its storage volume survives only if you back it up).',
    links: ['https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html'],
  },
  equivalents: { checkov: ['CKV_AWS_122'] },
  check({ resource, report }) {
    const access = resource.attr('direct_internet_access');
    if (access && (!access.known || (access.value.kind === 'string' && access.value.value === 'Disabled'))) return;
    report({
      at: access ?? resource,
      message: `${access ? 'direct_internet_access is "Enabled"' : 'direct_internet_access is not set (default "Enabled")'}: the notebook reaches the internet directly, outside your VPC's controls.`,
    });
  },
});
