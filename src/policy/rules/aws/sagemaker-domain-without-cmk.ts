import { defineRule } from '../../rule';

/** A SageMaker domain without `kms_key_id`: its EFS home directories use an AWS managed key. */
export default defineRule({
  id: 'aws-sagemaker-domain-without-cmk',
  title: 'SageMaker domain not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_sagemaker_domain'],
  docs: {
    why: 'A SageMaker Studio domain stores every user\'s home directory (notebooks, data, model artefacts) on an EFS file system. Without a customer managed key, that storage is encrypted with an AWS managed key you cannot restrict, audit separately or disable.',
    fix: 'Set kms_key_id to a customer managed aws_kms_key. The key is chosen when the domain is created: changing it replaces the domain and its user storage.',
    links: ['https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-studio.html'],
  },
  equivalents: { checkov: ['CKV_AWS_187'] },
  check({ resource, report }) {
    if (resource.attr('kms_key_id')) return;
    report({ at: resource, message: 'No kms_key_id: the domain\'s user storage is encrypted with an AWS managed key you cannot control or audit.' });
  },
});
