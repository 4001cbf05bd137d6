import { defineRule } from '../../rule';
import { boolOf, isMissing } from '../support/settings';

/** Glue Data Catalog settings that return connection passwords unencrypted, or encrypt them with no key named. */
export default defineRule({
  id: 'aws-glue-catalog-connection-passwords-unencrypted',
  title: 'Glue connection passwords are not encrypted with a customer managed key',
  severity: 'warning',
  category: 'security',
  targets: ['aws_glue_data_catalog_encryption_settings'],
  docs: {
    why: 'Glue connections hold the passwords of the databases your jobs and crawlers reach. With return_connection_password_encrypted off, GetConnection returns them in clear text to anyone allowed to call it, even where the catalog itself is encrypted.',
    fix: 'Set connection_password_encryption { return_connection_password_encrypted = true, aws_kms_key_id = aws_kms_key.glue.arn }, and let the roles of the jobs and crawlers that use connections decrypt with the key. Better still, keep connection passwords in Secrets Manager.',
    links: ['https://docs.aws.amazon.com/glue/latest/dg/encrypt-connection-passwords.html'],
  },
  equivalents: { checkov: ['CKV_AWS_94'] },
  check({ resource, report }) {
    const settings = resource.blocks('data_catalog_encryption_settings')[0];
    if (!settings || settings.hasUnknownBlocks('connection_password_encryption')) return;
    const block = settings.blocks('connection_password_encryption')[0];
    if (!block) return;
    const on = block.attr('return_connection_password_encrypted');
    if (on && !on.known) return;
    if (boolOf(on) !== true) {
      report({ at: on ?? block, message: 'return_connection_password_encrypted is not true: connection passwords are returned in clear text.' });
      return;
    }
    const key = block.attr('aws_kms_key_id');
    if (!isMissing(key)) return;
    report({ at: block, message: 'connection_password_encryption names no aws_kms_key_id: connection passwords are not encrypted with a key of yours.' });
  },
});
