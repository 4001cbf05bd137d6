import { defineRule } from '../../rule';
import { isMissing } from '../support/settings';

/** Comprehend entity recognizers without `model_kms_key_id`. */
export default defineRule({
  id: 'aws-comprehend-entity-recognizer-model-without-cmk',
  title: 'Comprehend entity recognizer model is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_comprehend_entity_recognizer'],
  docs: {
    why: 'The trained model encodes the documents it learned from; without model_kms_key_id it is encrypted with a key AWS manages, which you cannot restrict, audit per use or revoke.',
    fix: 'Set model_kms_key_id = aws_kms_key.comprehend.arn, with a key policy that lets the recognizer\'s data access role use the key. Terraform replaces the recognizer, which is trained again.',
    links: ['https://docs.aws.amazon.com/comprehend/latest/dg/kms-in-comprehend.html'],
  },
  equivalents: { checkov: ['CKV_AWS_267'] },
  check({ resource, report }) {
    const key = resource.attr('model_kms_key_id');
    if (!isMissing(key)) return;
    report({ at: key ?? resource, message: 'No model_kms_key_id: the trained model is encrypted only with a key AWS manages.' });
  },
});
