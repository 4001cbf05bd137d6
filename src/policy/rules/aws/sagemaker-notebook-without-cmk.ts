import { defineRule } from '../../rule';

/** A notebook instance without `kms_key_id`: its storage volume is encrypted with an AWS managed key. */
export default defineRule({
  id: 'aws-sagemaker-notebook-without-cmk',
  title: 'SageMaker notebook instance storage not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_sagemaker_notebook_instance'],
  docs: {
    why: 'The notebook\'s ML storage volume holds notebooks, downloaded data sets and outputs. Without a customer managed key, access to that data cannot be audited or cut off at the key, and the volume\'s encryption is not under your key policy.',
    fix: 'Set kms_key_id to a customer managed aws_kms_key. The key is chosen when the instance is created: changing it replaces the notebook instance.',
    links: ['https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html'],
  },
  equivalents: { checkov: ['CKV_AWS_22', 'CKV_AWS_187'] },
  check({ resource, report }) {
    if (resource.attr('kms_key_id')) return;
    report({ at: resource, message: 'No kms_key_id: the notebook\'s storage volume is encrypted with an AWS managed key you cannot control or audit.' });
  },
});
