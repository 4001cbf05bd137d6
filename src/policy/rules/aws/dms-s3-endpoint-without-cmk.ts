import { defineRule } from '../../rule';
import { isMissing } from '../support/settings';

/** `aws_dms_s3_endpoint` resources without `kms_key_arn`. */
export default defineRule({
  id: 'aws-dms-s3-endpoint-without-cmk',
  title: 'DMS S3 endpoint is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_dms_s3_endpoint'],
  docs: {
    why: 'The endpoint\'s settings are encrypted with a KMS key; without kms_key_arn that is the AWS managed aws/dms key, which any principal allowed to use DMS can use. A key of your own limits and audits its use.',
    fix: 'Set kms_key_arn = aws_kms_key.dms.arn, and for the files DMS writes set encryption_mode = "SSE_KMS" with server_side_encryption_kms_key_id.',
    links: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_s3_endpoint'],
  },
  equivalents: { checkov: ['CKV_AWS_298'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_arn');
    if (!isMissing(key)) return;
    report({ at: key ?? resource, message: 'No kms_key_arn: the endpoint is encrypted only with the AWS managed aws/dms key.' });
  },
});
