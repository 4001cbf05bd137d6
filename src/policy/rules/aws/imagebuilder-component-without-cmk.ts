import { defineRule } from '../../rule';
import { isMissing } from '../support/settings';

/** Image Builder components without `kms_key_id`. */
export default defineRule({
  id: 'aws-imagebuilder-component-without-cmk',
  title: 'Image Builder component is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_imagebuilder_component'],
  docs: {
    why: 'A component is the build script that runs inside every image you bake; it often carries internal URLs, package sources and configuration. Without kms_key_id it is encrypted with a key AWS manages, so you cannot limit or audit who decrypts it.',
    fix: 'Set kms_key_id = aws_kms_key.imagebuilder.arn. Components are immutable: Terraform creates a new one.',
    links: ['https://docs.aws.amazon.com/imagebuilder/latest/userguide/data-protection.html'],
  },
  equivalents: { checkov: ['CKV_AWS_180'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_id');
    if (!isMissing(key)) return;
    report({ at: key ?? resource, message: 'No kms_key_id: the component is encrypted only with a key AWS manages.' });
  },
});
