import { defineRule } from '../../rule';
import { isMissing, stringOf } from '../support/settings';

/**
 * Glue Data Catalog encryption settings that leave the catalog unencrypted
 * (`catalog_encryption_mode = "DISABLED"`) or encrypt it without naming a customer managed key.
 */
export default defineRule({
  id: 'aws-glue-catalog-unencrypted',
  title: 'Glue Data Catalog is not encrypted with a customer managed key',
  severity: 'warning',
  category: 'security',
  targets: ['aws_glue_data_catalog_encryption_settings'],
  docs: {
    why: 'The Data Catalog describes every table of the data lake: locations, schemas, partitions and connection details. With encryption DISABLED it is stored unencrypted; SSE-KMS without sse_aws_kms_key_id uses the AWS managed aws/glue key, which anyone allowed to use Glue can use.',
    fix: 'Set encryption_at_rest { catalog_encryption_mode = "SSE-KMS", sse_aws_kms_key_id = aws_kms_key.glue.arn }, with a key policy that lets the Glue, Athena and Lake Formation principals that read the catalog use the key.',
    links: ['https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html'],
  },
  equivalents: { checkov: ['CKV_AWS_94'] },
  check({ resource, report }) {
    const settings = resource.blocks('data_catalog_encryption_settings')[0];
    if (!settings || settings.hasUnknownBlocks('encryption_at_rest')) return;
    const rest = settings.blocks('encryption_at_rest')[0];
    if (!rest) return;
    const mode = rest.attr('catalog_encryption_mode');
    if (!mode?.known) return;
    if (stringOf(mode) === 'DISABLED') {
      report({ at: mode, message: 'catalog_encryption_mode is "DISABLED": the Data Catalog is stored unencrypted.' });
      return;
    }
    const key = rest.attr('sse_aws_kms_key_id');
    if (!isMissing(key)) return;
    report({ at: key ?? rest, message: 'encryption_at_rest names no sse_aws_kms_key_id: the catalog is encrypted only with the AWS managed aws/glue key.' });
  },
});
