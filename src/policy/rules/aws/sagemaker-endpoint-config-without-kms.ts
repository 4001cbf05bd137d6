import { defineRule } from '../../rule';

/** An endpoint configuration without `kms_key_arn`: the ML storage volumes of its instances use an AWS managed key. */
export default defineRule({
  id: 'aws-sagemaker-endpoint-config-without-kms',
  title: 'SageMaker endpoint configuration without a KMS key for its storage',
  severity: 'info',
  category: 'governance',
  targets: ['aws_sagemaker_endpoint_configuration'],
  docs: {
    why: 'Endpoint instances keep the model and, for asynchronous inference and data capture, request data on attached storage volumes. Without kms_key_arn those volumes are encrypted with a key you cannot restrict, audit or disable.',
    fix: 'Set kms_key_arn to a customer managed aws_kms_key the SageMaker execution role may use. Instance types with only instance-store (NVMe) storage do not accept a key: they are encrypted by hardware.',
    links: ['https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html'],
  },
  equivalents: { checkov: ['CKV_AWS_98'] },
  check({ resource, report }) {
    if (resource.attr('kms_key_arn')) return;
    report({ at: resource, message: 'No kms_key_arn: the storage volumes of the endpoint\'s instances are encrypted with an AWS managed key.' });
  },
});
