import { defineRule } from '../../rule';
import { isMissing } from '../support/settings';

/**
 * Distribution configurations with a `distribution` whose AMIs are copied without a customer
 * managed key: its `ami_distribution_configuration` names no `kms_key_id`, or it has neither an AMI
 * nor a container distribution configuration. Container-only distributions are left out.
 */
export default defineRule({
  id: 'aws-imagebuilder-distribution-without-cmk',
  title: 'Image Builder distribution does not encrypt AMIs with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_imagebuilder_distribution_configuration'],
  docs: {
    why: 'The distributed AMIs carry everything baked into the image. Without a kms_key_id in ami_distribution_configuration, their snapshots are encrypted (if at all) with the source key or the default EBS key, which you cannot share selectively with the accounts the AMI is for.',
    fix: 'Set ami_distribution_configuration { kms_key_id = aws_kms_key.ami.arn } in each distribution, with a key in (or shared to) each target Region and account.',
    links: ['https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-distribution-settings.html'],
  },
  equivalents: { checkov: ['CKV_AWS_199'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('distribution')) return;
    for (const d of resource.blocks('distribution')) {
      if (d.hasUnknownBlocks('ami_distribution_configuration')) continue;
      const ami = d.blocks('ami_distribution_configuration')[0];
      if (!ami && (d.blocks('container_distribution_configuration').length > 0 || d.hasUnknownBlocks('container_distribution_configuration'))) continue;
      if (ami && !isMissing(ami.attr('kms_key_id'))) continue;
      const region = d.attr('region')?.value;
      report({ at: ami ?? d, message: `The distribution${region?.kind === 'string' ? ` to ${region.value}` : ''} names no kms_key_id: its AMIs are not encrypted with a key of yours.` });
    }
  },
});
