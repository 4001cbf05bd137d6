import { defineRule } from '../../rule';
import { isMissing, stringOf } from '../support/settings';

/** Glue security configurations with `job_bookmarks_encryption` that is not CSE-KMS with a `kms_key_arn`. */
export default defineRule({
  id: 'aws-glue-security-configuration-job-bookmarks-unencrypted',
  title: 'Glue security configuration does not encrypt job bookmarks',
  severity: 'warning',
  category: 'security',
  targets: ['aws_glue_security_configuration'],
  docs: {
    why: 'Job bookmarks record what each job has already processed (object keys, timestamps, primary keys). Without job_bookmarks_encryption_mode = "CSE-KMS" and a key, they are stored unencrypted.',
    fix: 'Set job_bookmarks_encryption { job_bookmarks_encryption_mode = "CSE-KMS", kms_key_arn = aws_kms_key.glue.arn }. Terraform replaces the security configuration.',
    links: ['https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html'],
  },
  equivalents: { checkov: ['CKV_AWS_99'] },
  check({ resource, report }) {
    const config = resource.blocks('encryption_configuration')[0];
    if (!config || config.hasUnknownBlocks('job_bookmarks_encryption')) return;
    const enc = config.blocks('job_bookmarks_encryption')[0];
    if (!enc) return;
    const modeAttr = enc.attr('job_bookmarks_encryption_mode');
    if (!modeAttr?.known) return;
    const value = stringOf(modeAttr);
    if (value !== 'CSE-KMS') {
      report({ at: modeAttr, message: `job_bookmarks_encryption_mode is "${value ?? ''}": the job bookmarks are not encrypted with KMS.` });
      return;
    }
    const key = enc.attr('kms_key_arn');
    if (!isMissing(key)) return;
    report({ at: enc, message: 'job_bookmarks_encryption names no kms_key_arn: the job bookmarks are not encrypted with a key of yours.' });
  },
});
