import { defineRule } from '../../rule';
import { boolOf, isMissing } from '../support/settings';

/** Image recipes with an EBS `block_device_mapping` that is not encrypted with a named KMS key. */
export default defineRule({
  id: 'aws-imagebuilder-recipe-volume-without-cmk',
  title: 'Image Builder recipe volume is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_imagebuilder_image_recipe'],
  docs: {
    why: 'The volumes of the build instance become the snapshots of the output AMI. Without encrypted = true and a kms_key_id, they are unencrypted or encrypted with a key you cannot share or audit per use.',
    fix: 'In each block_device_mapping, set ebs { encrypted = true, kms_key_id = aws_kms_key.ami.arn }. Recipes are immutable: Terraform creates a new version.',
    links: ['https://docs.aws.amazon.com/imagebuilder/latest/userguide/data-protection.html'],
  },
  equivalents: { checkov: ['CKV_AWS_200'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('block_device_mapping')) return;
    for (const mapping of resource.blocks('block_device_mapping')) {
      if (mapping.hasUnknownBlocks('ebs')) continue;
      const ebs = mapping.blocks('ebs')[0];
      if (!ebs) continue;
      const encrypted = ebs.attr('encrypted');
      if (encrypted && !encrypted.known) continue;
      const device = mapping.attr('device_name')?.value;
      const name = device?.kind === 'string' ? ` ${device.value}` : '';
      if (boolOf(encrypted) !== true) {
        report({ at: encrypted ?? ebs, message: `The volume${name} is not encrypted: the AMI's snapshot will not be either.` });
      } else if (isMissing(ebs.attr('kms_key_id'))) {
        report({ at: ebs, message: `The volume${name} names no kms_key_id: the AMI's snapshot is encrypted with a key you cannot share or audit per use.` });
      }
    }
  },
});
