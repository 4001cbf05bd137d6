import { defineRule } from '../../rule';
import { emrEncryptionOf, isObject } from './emr-security-configuration';

/**
 * EMR security configurations without local disk encryption: no
 * `AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType`.
 */
export default defineRule({
  id: 'aws-emr-local-disk-encryption-disabled',
  title: 'EMR security configuration does not encrypt local disks',
  severity: 'warning',
  category: 'security',
  targets: ['aws_emr_security_configuration'],
  docs: {
    why: 'The nodes\' instance store and EBS volumes hold HDFS blocks, shuffle and spill files, and logs: copies of the data being processed. Without local disk encryption in the security configuration they are written in plain text, whatever is done for S3.',
    fix: 'In the configuration JSON, add AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration with "EncryptionKeyProviderType": "AwsKms" and "AwsKmsKey" (optionally "EnableEbsEncryption": true), and "EnableAtRestEncryption": true. A security configuration cannot be edited: Terraform replaces it.',
    links: ['https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html#emr-encryption-localdisk'],
  },
  equivalents: { trivy: ['AVD-AWS-0139'], tfsec: ['aws-emr-enable-local-disk-encryption'] },
  check({ resource, report }) {
    const emr = emrEncryptionOf(resource);
    if (!emr) return;
    const atRest = emr.encryption['AtRestEncryptionConfiguration'];
    const local = isObject(atRest) ? atRest['LocalDiskEncryptionConfiguration'] : undefined;
    const provider = isObject(local) ? local['EncryptionKeyProviderType'] : undefined;
    if (typeof provider === 'string' && provider !== '') return;
    report({ at: emr.attr, message: 'No LocalDiskEncryptionConfiguration.EncryptionKeyProviderType is set: HDFS, shuffle and spill files on the nodes\' disks are not encrypted.' });
  },
});
