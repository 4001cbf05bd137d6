import { defineRule } from '../../rule';

/** A human review flow definition whose `output_config` has no `kms_key_id`. */
export default defineRule({
  id: 'aws-sagemaker-flow-definition-output-without-kms',
  title: 'SageMaker human review flow writes its output without a KMS key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_sagemaker_flow_definition'],
  docs: {
    why: 'An Augmented AI flow definition sends items (documents, images, predictions) to human reviewers and writes their answers, with the reviewed input, to S3. Without kms_key_id that output is not encrypted under a key policy of yours.',
    fix: 'Set output_config { kms_key_id = aws_kms_key.<name>.arn } with a key the flow\'s role may use.',
    links: ['https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_FlowDefinitionOutputConfig.html'],
  },
  equivalents: { checkov: ['CKV_AWS_372'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('output_config')) return;
    if (resource.attrAt('output_config.kms_key_id')) return;
    report({ at: resource.blocks('output_config')[0] ?? resource, message: 'No kms_key_id in output_config: the reviewers\' answers and the reviewed items are not encrypted with a key of yours.' });
  },
});
