import { defineRule } from '../../rule';

/** Classic ElastiCache security groups (`aws_elasticache_security_group`) with an empty description. */
export default defineRule({
  id: 'aws-elasticache-security-group-missing-description',
  title: 'ElastiCache security group has no description',
  severity: 'info',
  category: 'governance',
  targets: ['aws_elasticache_security_group'],
  docs: {
    why: 'A security group\'s description is the only place, visible in the console and the API, that says why it exists and who may connect. An empty one leaves reviewers guessing whether the group can be tightened or removed. (These groups belong to EC2-Classic, which AWS has retired; clusters in a VPC use VPC security groups.)',
    fix: 'Write a description saying what the group protects and which clients it admits; better, move the cluster into a VPC and use aws_security_group. The description cannot change in place: the group is replaced.',
    links: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VPCs.EC.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0049'], tfsec: ['aws-elasticache-add-description-for-security-group'] },
  check({ resource, report }) {
    const description = resource.attr('description');
    if (!description || description.value.kind !== 'string' || description.value.value.trim() !== '') return;
    report({ at: description, message: 'The description is empty: nothing says what this security group protects or whom it admits.' });
  },
});
